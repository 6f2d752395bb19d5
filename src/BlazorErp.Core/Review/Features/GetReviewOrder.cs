using BlazorErp.Core.Common;
using BlazorErp.Core.Common.Auditing;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Review.Features;

public sealed record HistoryItem(DateTime AtUtc, string UserName, AuditAction Action, string Changes);

public sealed record ReviewOrderView(Order Order, string Shop, string? ClaimedBy, bool ClaimedByMe, IReadOnlyList<HistoryItem> History,
    IReadOnlyList<long> SplitOrderIds);

/// <summary>The order editor's content: the order, who holds it, and its timeline from the audit log.</summary>
public sealed class GetReviewOrder(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<ReviewOrderView?> HandleAsync(long orderId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<Order>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId) is not { } order) return null;
        var shop = await db.Set<Shop>().Where(s => s.Id == order.ShopId).Select(s => s.Name).SingleAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var claim = await db.Set<OrderClaim>().AsNoTracking().SingleOrDefaultAsync(c => c.OrderId == orderId && c.ExpiresAtUtc > now);
        var key = orderId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var history = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.EntityType == nameof(Order) && a.EntityKey == key)
            .OrderByDescending(a => a.Id).Take(100).Select(a => new HistoryItem(a.AtUtc, a.UserName, a.Action, a.Changes)).ToListAsync();
        var splits = await db.Set<Order>().Where(o => o.SplitFromOrderId == orderId).Select(o => o.Id).ToListAsync();
        return new ReviewOrderView(order, shop, claim?.HolderName, claim?.HolderId == currentUser.Id, history, splits);
    }
}
