using BlazorErp.Core.Common;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Shipping;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Finance;

/// <summary>What a statement is compared with in our books, per kind: the shop's escrow receivable by trade, the courier's COD
/// receivable or booked freight by tracking number.</summary>
public static class StatementBooks
{
    public static LedgerAccount AccountOf(StatementKind kind) => kind switch
    {
        StatementKind.Escrow => LedgerAccount.ShopEscrowReceivable,
        StatementKind.Postage => LedgerAccount.CourierFreightPayable,
        _ => LedgerAccount.CourierCodReceivable,
    };

    public static PartyKind PartyKindOf(StatementKind kind) => kind == StatementKind.Escrow ? PartyKind.Shop : PartyKind.Courier;

    public static Task<Dictionary<string, OpenItem>> OpenItemsAsync(ErpDbContext db, StatementKind kind, Party party) =>
        Books.OpenItemsAsync(db, AccountOf(kind), party);

    /// <summary>Every row compared with the books as they are now; unknown trades say whether we have the order at all.</summary>
    public static async Task<List<LineMatch>> MatchAsync(ErpDbContext db, StatementKind kind, Party party, IReadOnlyList<StatementRow> rows,
        Dictionary<string, OpenItem>? items = null)
    {
        items ??= await OpenItemsAsync(db, kind, party);
        var weights = kind == StatementKind.Postage ? await ParcelWeightsAsync(db, party.Id) : null;
        var matches = StatementMatching.MatchAll(kind, rows, items, weights);
        if (kind == StatementKind.Escrow) await ExplainUnknownTradesAsync(db, party.Id, rows, matches);
        return matches;
    }

    /// <summary>Our weighed weight per tracking number of the courier (a reversed parcel nets to nothing).</summary>
    private static async Task<Dictionary<string, decimal>> ParcelWeightsAsync(ErpDbContext db, long courierId) =>
        (await db.Set<Shipment>().AsNoTracking().Where(s => s.CourierId == courierId)
            .GroupBy(s => s.TrackingNo).Select(g => new { g.Key, Kg = g.Sum(s => s.WeightKg) }).ToListAsync())
        .ToDictionary(g => g.Key, g => g.Kg, StringComparer.Ordinal);

    /// <summary>A trade we have but have not shipped is named as such: the statement is early, not wrong.</summary>
    private static async Task ExplainUnknownTradesAsync(ErpDbContext db, long shopId, IReadOnlyList<StatementRow> rows, List<LineMatch> matches)
    {
        var unknown = Enumerable.Range(0, rows.Count).Where(i => matches[i].Outcome == StatementOutcome.Unknown)
            .Select(i => (Index: i, Tid: long.TryParse(rows[i].Key, out var tid) ? tid : (long?)null)).Where(u => u.Tid is not null).ToList();
        if (unknown.Count == 0) return;
        var tids = unknown.Select(u => u.Tid!.Value).Distinct().ToList();
        var statuses = new Dictionary<long, OrderStatus>();
        foreach (var chunk in tids.Chunk(5_000))
            foreach (var order in await db.Set<Order>().AsNoTracking().Where(o => o.ShopId == shopId && o.Tid != null && chunk.Contains(o.Tid.Value))
                         .Select(o => new { Tid = o.Tid!.Value, o.Status }).ToListAsync())
                statuses[order.Tid] = order.Status;
        foreach (var (index, tid) in unknown)
            if (statuses.TryGetValue(tid!.Value, out var status))
                matches[index] = matches[index] with { Note = "Statement.TidNotShipped", NoteArg = "OrderStatus." + status };
    }
}
