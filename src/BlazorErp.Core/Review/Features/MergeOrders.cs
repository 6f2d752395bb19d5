using BlazorErp.Core.Common;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Review.Features;

/// <summary>A group of pending orders of one shop, buyer and receiver that could ship as one parcel.</summary>
public sealed record MergeSuggestion(long ShopId, string BuyerNick, string ReceiverName, IReadOnlyList<long> OrderIds);

/// <summary>
/// 合并订单 by hand: the suggestions intake could not merge itself (someone had touched an order), merged into
/// the oldest. Reversible with 取消合并.
/// </summary>
public sealed class MergeOrders(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<IReadOnlyList<MergeSuggestion>> SuggestionsAsync(long? shopId = null)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var pending = db.Set<Order>().Where(o => o.Status == OrderStatus.PendingReview && o.MergedIntoOrderId == null && (shopId == null || o.ShopId == shopId));
        var groups = await pending.GroupBy(o => new { o.ShopId, o.BuyerNick, o.ReceiverKey }).Where(g => g.Count() > 1)
            .Select(g => g.Key).Take(200).ToListAsync();
        var suggestions = new List<MergeSuggestion>();
        foreach (var g in groups)
        {
            var orders = await pending.Where(o => o.ShopId == g.ShopId && o.BuyerNick == g.BuyerNick && o.ReceiverKey == g.ReceiverKey)
                .OrderBy(o => o.Id).Select(o => new { o.Id, o.Receiver.Name }).ToListAsync();
            suggestions.Add(new MergeSuggestion(g.ShopId, g.BuyerNick, orders[0].Name, orders.Select(o => o.Id).ToList()));
        }
        return suggestions;
    }

    public async Task<Result<long>> HandleAsync(IReadOnlyList<long> orderIds)
    {
        if (orderIds.Distinct().Count() < 2) return new Error("Order.MergeNeedsTwo");
        await using var db = await contexts.CreateDbContextAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var orders = new List<Order>();
        foreach (var id in orderIds.Distinct().Order())
        {
            var loaded = await OrderEdits.LoadAsync(db, id, null, currentUser, now);
            if (!loaded.Succeeded) return loaded.Error!;
            orders.Add(loaded.Value!);
        }
        var target = orders[0];
        foreach (var other in orders.Skip(1))
            if (target.MergeFrom(other) is { Succeeded: false } refused) return refused.Error!;
        var saved = await OrderEdits.SaveAsync(db, [.. orders]);
        return saved.Succeeded ? target.Id : saved.Error!;
    }
}
