using BlazorErp.Core.Common;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Platforms.Waybills;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Review.Features;

/// <summary>An e-waybill number given up by an order sent back; voided with the courier once the change has committed.</summary>
public sealed record WaybillToVoid(long ShopId, long CourierId, string TrackingNo);

/// <summary>
/// 驳回到审核: a later station (print, inspection) sends an approved order back with a reason; the stock it
/// reserved is released in the same transaction, and its e-waybill number is voided once that has committed.
/// </summary>
public sealed class RejectToReview(IDbContextFactory<ErpDbContext> contexts, Stock stock, IWaybillService waybills, ISecretProtector protector,
    CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result> HandleAsync(long orderId, long? version, string reason)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var loaded = await OrderEdits.LoadAsync(db, orderId, version, currentUser, clock.GetUtcNow().UtcDateTime);
        if (!loaded.Succeeded) return loaded.Error!;
        var order = loaded.Value!;
        var pulled = await PullBackAsync(db, order, reason);
        if (!pulled.Succeeded) return pulled.Error!;
        var saved = await OrderEdits.SaveAsync(db, order);
        if (!saved.Succeeded) return saved;
        await transaction.CommitAsync();
        await VoidAsync(db, pulled.Value);
        return saved;
    }

    /// <summary>
    /// The rejection inside the caller's transaction (the caller saves and commits): the order back to review, its reserved
    /// stock released. The answer is the waybill to void with <see cref="VoidAsync"/> after the commit.
    /// </summary>
    public async Task<Result<WaybillToVoid?>> PullBackAsync(ErpDbContext db, Order order, string reason)
    {
        var (warehouseId, trackingNo, courierId) = (order.WarehouseId, order.TrackingNo, order.CourierId);
        var rejected = order.RejectToReview(reason);
        if (!rejected.Succeeded) return rejected.Error!;
        if (rejected.Value!.Length > 0)
        {
            var released = await stock.ReleaseAsync(db, warehouseId!.Value, rejected.Value.Select(r => new StockLine(r.SkuId, r.Quantity)), OrderReservation.Of(order.Id));
            if (!released.Succeeded) return released.Error!;
        }
        return trackingNo is not null && courierId is { } courier ? new WaybillToVoid(order.ShopId, courier, trackingNo) : (WaybillToVoid?)null;
    }

    /// <summary>Gives the number back to the courier; the platform being unreachable is reported by the waybill service, not thrown.</summary>
    public async Task VoidAsync(ErpDbContext db, WaybillToVoid? waybill)
    {
        if (waybill is null) return;
        var shop = await db.Set<Shop>().AsNoTracking().SingleAsync(s => s.Id == waybill.ShopId);
        var cpCode = await db.Set<Courier>().Where(c => c.Id == waybill.CourierId).Select(c => c.Code).SingleAsync();
        await waybills.VoidAsync(shop, cpCode, waybill.TrackingNo, protector);
    }
}
