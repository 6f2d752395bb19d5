using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Platforms;
using BlazorErp.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Orders.Features;

public sealed record BuildSummary(int Created, int Updated, int Merged, int Exceptions, int Cancelled);

/// <summary>
/// Builds orders from downloaded raw trades. What needs building is derived from the data itself — a paid
/// trade without an order, or a trade newer than the version its order took — so a crash between download
/// and build loses nothing and builds nothing twice. New orders of the same shop, buyer and receiver as an
/// untouched pending order are merged into it automatically.
/// </summary>
public sealed class BuildOrders(IDbContextFactory<ErpDbContext> contexts, TimeProvider clock)
{
    private static readonly string[] Paid = ["WAIT_SELLER_SEND_GOODS", "SELLER_CONSIGNED_PART"];

    public async Task<BuildSummary> HandleAsync(long shopId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var orders = db.Set<Order>().Where(o => o.ShopId == shopId && o.Status != OrderStatus.Merged);
        var all = db.Set<Order>().Where(o => o.ShopId == shopId);
        var newTrades = await db.Set<RawTrade>().AsNoTracking()
            .Where(r => r.ShopId == shopId && Paid.Contains(r.Status) && !all.Any(o => o.Tid == r.Tid))
            .OrderBy(r => r.ModifiedChina).ToListAsync(cancellationToken);
        var changedTrades = await (from r in db.Set<RawTrade>().AsNoTracking()
                                   join o in all on r.Tid equals o.Tid
                                   where r.ShopId == shopId && r.ModifiedChina > o.TidModifiedChina
                                   select r).ToListAsync(cancellationToken);
        var unmatched = await orders.Where(o => o.Status == OrderStatus.PendingReview && (o.Flags & OrderFlags.Unmatched) != 0).ToListAsync(cancellationToken);
        if (newTrades.Count == 0 && changedTrades.Count == 0 && unmatched.Count == 0) return new BuildSummary(0, 0, 0, 0, 0);

        var skus = await db.Set<Sku>().AsNoTracking().Where(s => s.Active).Select(s => new { s.MerchantCodeKey, s.Id }).ToDictionaryAsync(s => s.MerchantCodeKey, s => s.Id, cancellationToken);
        long? SkuOf(string code) => MerchantCode.Check(code) is null && skus.TryGetValue(MerchantCode.Key(code), out var id) ? id : null;
        var now = clock.GetUtcNow().UtcDateTime;
        int created = 0, updated = 0, merged = 0, exceptions = 0, cancelled = 0;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A merchant code fixed on our side (a new SKU, a corrected code) matches lines that waited for it.
        foreach (var order in unmatched)
            if (order.Rematch(SkuOf)) updated++;
        foreach (var raw in changedTrades)
        {
            // The order built from this trade, or — if it was merged — the order it was merged into.
            var own = await all.SingleAsync(o => o.Tid == raw.Tid, cancellationToken);
            var trade = Parse(raw.Json);
            own.NoteTradeVersion(trade.ModifiedChina);
            var order = own.MergedIntoOrderId is { } into ? await all.SingleAsync(o => o.Id == into, cancellationToken) : own;
            var change = order.ApplyPlatformTrade(trade, SkuOf);
            if (change.HasFlag(PlatformChange.Updated)) updated++;
            if (change.HasFlag(PlatformChange.ExceptionRaised) || change.HasFlag(PlatformChange.RefundFlagged)) exceptions++;
            if (change.HasFlag(PlatformChange.Cancelled)) cancelled++;
        }
        await db.SaveChangesAsync(cancellationToken);

        // New orders are saved first as orders of their own (two round trips for the whole batch, not per order),
        // then merged: a merge only moves lines, so it can be undone.
        var fresh = newTrades.Select(raw => Order.FromPlatform(shopId, Parse(raw.Json), SkuOf, now)).ToList();
        db.AddRange(fresh);
        await db.SaveChangesAsync(cancellationToken);
        created = fresh.Count;
        exceptions += fresh.Count(o => o.Flags != OrderFlags.None);

        var buyers = fresh.Select(o => o.BuyerNick).Distinct().ToList();
        var candidates = await orders.Where(o => o.Status == OrderStatus.PendingReview && !o.Touched && o.MergedIntoOrderId == null && buyers.Contains(o.BuyerNick))
            .ToListAsync(cancellationToken);
        foreach (var group in candidates.GroupBy(o => (o.BuyerNick, o.ReceiverKey)).Where(g => g.Count() > 1))
        {
            var target = group.OrderBy(o => o.Id).First();
            foreach (var other in group.Where(o => o.Id != target.Id && fresh.Contains(o)))
                if (target.MergeFrom(other).Succeeded) merged++;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new BuildSummary(created, updated, merged, exceptions, cancelled);
    }

    private static PlatformTrade Parse(string json) => PlatformTrade.FromTopJson(json, (state, city, district) =>
        RegionDirectory.China.Resolve(state, city, district) is { Succeeded: true, Value: var path }
            ? (path!.Province.Code, path.City?.Code, path.District?.Code)
            : (null, null, null));
}
