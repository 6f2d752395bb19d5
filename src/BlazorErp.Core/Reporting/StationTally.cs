namespace BlazorErp.Core.Reporting;

/// <summary>The stations an order passes (DOMAIN.md, order flow), as the dashboard counts them.</summary>
public enum Station
{
    /// <summary>下载/建单: an order came in (downloaded, imported, entered by hand, copied); split parts are not new orders.</summary>
    Created,
    Approved,
    Printed,
    Inspected,
    Shipped,
    /// <summary>冲销: a shipment reversed; its money counts negative.</summary>
    Reversed,
}

/// <summary>
/// A summary row of the live dashboard: how many orders passed one station in one China-time hour, for one shop, by
/// one clerk — and, at 发货 and 冲销, the sales and gross profit they posted. Kept up to date in the same transaction
/// as the changes (<see cref="ReportingInterceptor"/>), so the dashboard reads a few hundred rows a day instead of
/// scanning orders. Money is kept in fen (分) as whole numbers: an increment is then an exact, atomic
/// <c>x = x + n</c> on both providers (SQLite would turn decimal text into a double).
/// </summary>
/// <remarks>
/// Two transactions may each insert the first row of the same key at the same moment (SQL Server; SQLite writers are
/// serialised): readers therefore always sum per key, and increments go to the key's lowest id, so a duplicate is harmless.
/// </remarks>
public sealed class StationTally
{
    public long Id { get; private set; }
    /// <summary>The hour's start in China time.</summary>
    public DateTime HourChina { get; private set; }
    public Station Station { get; private set; }
    public long ShopId { get; private set; }
    /// <summary>The login of who did it ("system" for workers).</summary>
    public string Clerk { get; private set; } = "";
    public int Count { get; private set; }
    public long SalesFen { get; private set; }
    public long ProfitFen { get; private set; }

    private StationTally() { }

    internal StationTally(TallyKey key, TallyDelta delta) =>
        (HourChina, Station, ShopId, Clerk, Count, SalesFen, ProfitFen) = (key.HourChina, key.Station, key.ShopId, key.Clerk, delta.Count, delta.SalesFen, delta.ProfitFen);

    public static long Fen(decimal yuan) => (long)Math.Round(yuan * 100, MidpointRounding.AwayFromZero);
}

public readonly record struct TallyKey(DateTime HourChina, Station Station, long ShopId, string Clerk);

public readonly record struct TallyDelta(int Count, long SalesFen, long ProfitFen)
{
    public static TallyDelta operator +(TallyDelta a, TallyDelta b) => new(a.Count + b.Count, a.SalesFen + b.SalesFen, a.ProfitFen + b.ProfitFen);
}
