using BlazorErp.Core.AfterSales;
using BlazorErp.Core.Common;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Shipping;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Finance;

/// <summary>
/// How the source documents other modules save turn into journal entries — the bridge that lets Shipping (and after-sales)
/// post to the books without knowing them. A source type is one line in <see cref="Map"/>; its reversal (a negated copy
/// pointing at the first) reverses the first one's entry.
/// </summary>
public static class SourcePostings
{
    private delegate Task<JournalEntry?> Posting(ErpDbContext db, object source);

    private static readonly Dictionary<Type, Posting> Map = new()
    {
        [typeof(Shipment)] = (db, source) => ShipmentAsync(db, (Shipment)source),
        [typeof(Refund)] = (db, source) => RefundAsync(db, (Refund)source),
    };

    public static bool Posts(Type type) => Map.ContainsKey(type);

    public static Task<JournalEntry?> EntryForAsync(ErpDbContext db, object source) => Map[source.GetType()](db, source);

    /// <summary>
    /// 称重发货: the goods amount is owed to us by the shop's platform escrow, per trade (a merged parcel's amount is shared by
    /// its trades' line payments) — or, for 货到付款, by the courier who collects it; the freight is owed to the courier.
    /// </summary>
    private static async Task<JournalEntry?> ShipmentAsync(ErpDbContext db, Shipment shipment)
    {
        var date = Books.ChinaDate(shipment.AtUtc);
        if (shipment.ReversalOfId is { } originalId)
            return await ReversalAsync(db, JournalSource.Shipment, originalId, shipment.Id, date, shipment.Reason ?? "", shipment.By, shipment.AtUtc);
        if (shipment.GoodsAmount == 0 && shipment.Freight == 0) return null; // a free reissue sent at no charge books nothing
        var order = await db.Set<Order>().AsNoTracking().SingleAsync(o => o.Id == shipment.OrderId);
        var courier = Party.Courier(shipment.CourierId);
        var lines = new List<JournalLine>();
        if (order.CashOnDelivery) lines.Add(JournalLine.Dr(LedgerAccount.CourierCodReceivable, shipment.GoodsAmount, courier, shipment.TrackingNo));
        else
            lines.AddRange(ByTrade(order, shipment.GoodsAmount)
                .Select(t => JournalLine.Dr(LedgerAccount.ShopEscrowReceivable, t.Amount, Party.Shop(shipment.ShopId), t.Reference)));
        lines.Add(JournalLine.Cr(LedgerAccount.SalesRevenue, shipment.GoodsAmount));
        lines.Add(JournalLine.Dr(LedgerAccount.FreightExpense, shipment.Freight));
        lines.Add(JournalLine.Cr(LedgerAccount.CourierFreightPayable, shipment.Freight, courier, shipment.TrackingNo));
        var entry = JournalEntry.Create(date, JournalSource.Shipment, shipment.Id, shipment.TrackingNo, shipment.By, shipment.AtUtc, lines);
        return entry.Succeeded ? entry.Value : throw new InvalidOperationException($"Shipment {shipment.Id} does not post: {entry.Error}");
    }

    /// <summary>
    /// 退款: money back to the buyer is a sales return taken out of what the platform owes us for the trade (for 货到付款, out of
    /// what the courier owes for the parcel). A refund before shipping books nothing — the goods were never booked as sold
    /// (the order ships, if at all, at its reduced amount) — unless its order had in fact shipped and is still booked.
    /// A cancelled refund reverses the first one's entry, if it had one.
    /// </summary>
    private static async Task<JournalEntry?> RefundAsync(ErpDbContext db, Refund refund)
    {
        var date = Books.ChinaDate(refund.AtUtc);
        if (refund.ReversalOfId is { } originalId)
            return await ReversalAsync(db, JournalSource.Refund, originalId, refund.Id, date, refund.Reason, refund.By, refund.AtUtc);
        if (refund.Amount == 0) return null;
        var order = refund.OrderId is { } orderId ? await db.Set<Order>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId) : null;
        var shipment = refund.OrderId is { } id
            ? await db.Set<Shipment>().AsNoTracking().Where(s => s.OrderId == id && s.ReversalOfId == null && !db.Set<Shipment>().Any(r => r.ReversalOfId == s.Id))
                .OrderByDescending(s => s.Id).FirstOrDefaultAsync()
            : null;
        if (refund.Kind == RefundKind.BeforeShipping && shipment is null) return null;
        var owedBy = order is { CashOnDelivery: true } && shipment is not null
            ? JournalLine.Cr(LedgerAccount.CourierCodReceivable, refund.Amount, Party.Courier(shipment.CourierId), shipment.TrackingNo)
            : JournalLine.Cr(LedgerAccount.ShopEscrowReceivable, refund.Amount, Party.Shop(refund.ShopId),
                refund.Tid?.ToString() ?? (order is null ? null : order.ExternalNo ?? "#" + order.Id));
        var entry = JournalEntry.Create(date, JournalSource.Refund, refund.Id, refund.Reason, refund.By, refund.AtUtc,
            [JournalLine.Dr(LedgerAccount.SalesReturns, refund.Amount), owedBy]);
        return entry.Succeeded ? entry.Value : throw new InvalidOperationException($"Refund {refund.Id} does not post: {entry.Error}");
    }

    /// <summary>
    /// The amount of a parcel per platform trade, shared by the payments of its lines (cents to the last trade); a manual
    /// order's amount is kept under its external number, or its own number.
    /// </summary>
    public static IReadOnlyList<(string Reference, decimal Amount)> ByTrade(Order order, decimal amount)
    {
        var trades = order.Lines.Where(l => l.Tid != 0 && !l.IsGift).GroupBy(l => l.Tid)
            .Select(g => (Tid: g.Key, Weight: g.Sum(l => l.Payment))).OrderBy(t => t.Tid).ToList();
        if (trades.Count == 0) return [(order.ExternalNo ?? "#" + order.Id, amount)];
        var total = trades.Sum(t => t.Weight);
        if (trades.Count == 1 || total <= 0) return [(trades[0].Tid.ToString(), amount)];
        var shares = new List<(string, decimal)>();
        var left = amount;
        foreach (var (tid, weight) in trades.SkipLast(1))
        {
            var share = Math.Round(amount * weight / total, 2);
            shares.Add((tid.ToString(), share));
            left -= share;
        }
        shares.Add((trades[^1].Tid.ToString(), left));
        return shares;
    }

    /// <summary>The counter-entry of a source's entry; none when the source posted nothing.</summary>
    private static async Task<JournalEntry?> ReversalAsync(ErpDbContext db, JournalSource kind, long originalSourceId, long sourceId, DateOnly date,
        string memo, string by, DateTime atUtc)
    {
        var original = await db.Set<JournalEntry>().AsNoTracking()
            .SingleOrDefaultAsync(e => e.SourceKind == kind && e.SourceId == originalSourceId && e.ReversalOfId == null);
        return original?.Reverse(date, kind, sourceId, memo, by, atUtc);
    }
}
