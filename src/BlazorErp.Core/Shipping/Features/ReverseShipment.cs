using BlazorErp.Core.Common;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Platforms;
using BlazorErp.Core.Platforms.Waybills;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Shipping.Features;

/// <summary>
/// 冲销出库: a shipped order is reversed with counter-entries — its stock back on hand in the warehouse it left, a
/// negated shipment for finance — and goes back to review with the reason, to be corrected and shipped again.
/// Nothing posted is deleted. Its e-waybill number is voided after the reversal committed.
/// </summary>
public sealed class ReverseShipment(IDbContextFactory<ErpDbContext> contexts, Stock stock, IWaybillService waybills, ISecretProtector protector,
    CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result> HandleAsync(long orderId, string reason)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await db.Set<Order>().SingleOrDefaultAsync(o => o.Id == orderId) is not { } order) return Errors.NotFound("Order " + orderId);
        var shipment = await db.Set<Shipment>().Where(s => s.OrderId == orderId && s.ReversalOfId == null
            && !db.Set<Shipment>().Any(r => r.ReversalOfId == s.Id)).OrderByDescending(s => s.Id).FirstOrDefaultAsync();
        var reversed = order.ReverseShipment(reason);
        if (!reversed.Succeeded) return reversed.Error!;
        if (shipment is null) return new Error("Order.NotShipped");
        var posted = await stock.PostAsync(db, shipment.WarehouseId, reversed.Value!.Select(r => new StockLine(r.SkuId, r.Quantity)),
            new StockDocumentRef(StockDocumentType.ShipmentReversal, order.Id, "R" + order.Id));
        if (!posted.Succeeded) return posted;
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(shipment.Reverse(reason, now, currentUser.Name));
        // Not yet told: the platform must not hear that this parcel left (one already told cannot be taken back here).
        foreach (var job in await db.Set<ShipSyncJob>().Where(j => j.ShopId == shipment.ShopId && j.TrackingNo == shipment.TrackingNo
                     && j.Status == ShipSyncStatus.Pending).ToListAsync())
            job.Fail("已冲销出库：" + reason.Trim(), now);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        var shop = await db.Set<Shop>().AsNoTracking().SingleAsync(s => s.Id == shipment.ShopId);
        var cpCode = await db.Set<Courier>().Where(c => c.Id == shipment.CourierId).Select(c => c.Code).SingleAsync();
        await waybills.VoidAsync(shop, cpCode, shipment.TrackingNo, protector);
        return Result.Ok();
    }
}
