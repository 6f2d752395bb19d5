using BlazorErp.Core.Common;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Platforms.Waybills;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Review.Features;

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
        var (warehouseId, trackingNo) = (order.WarehouseId, order.TrackingNo);
        var rejected = order.RejectToReview(reason);
        if (!rejected.Succeeded) return rejected.Error!;
        if (rejected.Value!.Length > 0)
        {
            var released = await stock.ReleaseAsync(db, warehouseId!.Value, rejected.Value.Select(r => new StockLine(r.SkuId, r.Quantity)), OrderReservation.Of(order.Id));
            if (!released.Succeeded) return released;
        }
        var saved = await OrderEdits.SaveAsync(db, order);
        if (!saved.Succeeded) return saved;
        await transaction.CommitAsync();
        if (trackingNo is not null && order.CourierId is { } courierId)
        {
            var shop = await db.Set<Shop>().AsNoTracking().SingleAsync(s => s.Id == order.ShopId);
            var cpCode = await db.Set<Courier>().Where(c => c.Id == courierId).Select(c => c.Code).SingleAsync();
            await waybills.VoidAsync(shop, cpCode, trackingNo, protector);
        }
        return saved;
    }
}
