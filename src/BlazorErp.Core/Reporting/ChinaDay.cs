namespace BlazorErp.Core.Reporting;

/// <summary>
/// The merchant's business day and hours are China Standard Time (UTC+8, no daylight saving), whatever time zone
/// the server runs in: "today" on the dashboard and the dates of the sales ledger are China dates.
/// </summary>
public static class ChinaDay
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTime ToChina(DateTime utc) => DateTime.SpecifyKind(utc + Offset, DateTimeKind.Unspecified);

    public static DateTime ToUtc(DateTime china) => DateTime.SpecifyKind(china - Offset, DateTimeKind.Utc);

    /// <summary>The China-time hour a moment falls in (its start): the key of the hourly counters.</summary>
    public static DateTime HourOf(DateTime utc)
    {
        var china = ToChina(utc);
        return new DateTime(china.Year, china.Month, china.Day, china.Hour, 0, 0, DateTimeKind.Unspecified);
    }

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToChina(utc));

    /// <summary>Midnight of a China date, in China time (how the hourly counters are keyed).</summary>
    public static DateTime StartChina(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);

    /// <summary>Midnight of a China date, as the UTC moment (how postings are stamped).</summary>
    public static DateTime StartUtc(DateOnly day) => ToUtc(StartChina(day));
}
