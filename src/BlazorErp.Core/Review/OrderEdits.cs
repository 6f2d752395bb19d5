using BlazorErp.Core.Admin;
using BlazorErp.Core.Common;
using BlazorErp.Core.Common.Auditing;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Review;

/// <summary>
/// The guard every review action goes through: the order exists, nobody else holds it, and it is still the
/// version the clerk saw. A stale save names who changed it ("已被 张三 修改，请刷新"), never overwrites.
/// </summary>
internal static class OrderEdits
{
    public static async Task<Result<Order>> LoadAsync(ErpDbContext db, long orderId, long? expectedVersion, CurrentUser user, DateTime nowUtc)
    {
        var order = await db.Set<Order>().SingleOrDefaultAsync(o => o.Id == orderId);
        if (order is null) return Errors.NotFound("Order " + orderId);
        var claim = await db.Set<OrderClaim>().AsNoTracking().FirstOrDefaultAsync(c => c.OrderId == orderId && c.ExpiresAtUtc > nowUtc);
        if (claim is not null && claim.HolderId != user.Id) return new Error("Review.ClaimedBy", claim.HolderName);
        if (expectedVersion is { } version && version != order.Version) return await StaleAsync(db, orderId);
        return order;
    }

    /// <summary>Saves, then re-runs the checks of the orders touched (they depend on what changed).</summary>
    public static async Task<Result> SaveAsync(ErpDbContext db, params Order[] orders)
    {
        var facts = await ReviewFacts.LoadAsync(db, orders);
        foreach (var order in orders) facts.Prepare(order);
        try
        {
            await db.SaveChangesAsync();
            return Result.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await StaleAsync(db, orders[0].Id);
        }
    }

    public static async Task<Error> StaleAsync(ErpDbContext db, long orderId)
    {
        var key = orderId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var last = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.EntityType == nameof(Order) && a.EntityKey == key)
            .OrderByDescending(a => a.Id).Select(a => new { a.UserId, a.UserName }).FirstOrDefaultAsync();
        var name = last?.UserId is { } userId
            ? await db.Set<ErpUser>().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync() ?? last.UserName
            : last?.UserName ?? "?";
        return new Error("Order.Stale", name);
    }
}
