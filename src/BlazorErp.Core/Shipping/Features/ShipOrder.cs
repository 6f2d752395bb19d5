using BlazorErp.Core.Common;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Platforms;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Shipping.Features;

public sealed record ShipRequest(long OrderId, decimal WeightKg, bool AcceptWeightWarning = false);

public sealed record ShipResult(long OrderId, string TrackingNo, decimal Freight);

/// <summary>
/// 称重发货 confirmed, in one transaction: the order is 已发货 with its weight and freight (the courier's table by
/// destination province), its reserved stock leaves on hand and reserved together, the shipment posts the goods
/// amount and freight for finance, and the platform is told (a ship-sync job per trade; split parcels name their lines).
/// A weight far from what the goods weigh is stopped once for a second look.
/// </summary>
public sealed class ShipOrder(IDbContextFactory<ErpDbContext> contexts, Stock stock, CurrentUser currentUser, TimeProvider clock)
{
    /// <summary>Packaging and scale error: a parcel may weigh this much more or less than its goods (the larger of the two).</summary>
    public const decimal ToleranceKg = 0.3m, ToleranceShare = 0.25m;

    public async Task<Result<ShipResult>> HandleAsync(ShipRequest request)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await db.Set<Order>().SingleOrDefaultAsync(o => o.Id == request.OrderId) is not { } order) return Errors.NotFound("Order " + request.OrderId);
        if (order.CourierId is not { } courierId || order.WarehouseId is not { } warehouseId || order.TrackingNo is not { } trackingNo)
            return new Error("Order.NotShippable");
        var courier = await db.Set<Courier>().AsNoTracking().SingleAsync(c => c.Id == courierId);
        var warehouse = await db.Set<Warehouse>().AsNoTracking().SingleAsync(w => w.Id == warehouseId);

        var skuIds = order.Reserved.Select(r => r.SkuId).ToList();
        var skus = await db.Set<Sku>().AsNoTracking().Where(s => skuIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id);
        var expected = FindParcel.ExpectedWeightKg(order.Reserved, skus);
        if (!request.AcceptWeightWarning && expected > 0 && Math.Abs(request.WeightKg - expected) > Math.Max(ToleranceKg, expected * ToleranceShare))
            return new Error("Ship.WeightOutOfTolerance", request.WeightKg.ToString("0.###"), expected.ToString("0.###"));
        var freight = courier.ComputeFreight(order.Receiver.ProvinceCode ?? "", request.WeightKg);
        if (!freight.Succeeded) return freight.Error!;

        var now = clock.GetUtcNow().UtcDateTime;
        var shipped = order.Ship(currentUser.Name, now, request.WeightKg, freight.Value, warehouse.DirectShip);
        if (!shipped.Succeeded) return shipped.Error!;
        var deducted = await stock.DeductReservedAsync(db, warehouseId, order.Reserved.Select(r => new StockLine(r.SkuId, r.Quantity)),
            new StockDocumentRef(StockDocumentType.Shipment, order.Id, "S" + order.Id));
        if (!deducted.Succeeded) return deducted.Error!;
        db.Add(new Shipment(order.Id, order.ShopId, warehouseId, courierId, trackingNo, request.WeightKg, order.Paid, freight.Value, now, currentUser.Name));
        var split = order.SplitFromOrderId is not null || await db.Set<Order>().AnyAsync(o => o.SplitFromOrderId == order.Id);
        foreach (var source in order.Sources)
        {
            // A parcel that carries part of a trade tells the platform which lines (is_split, sub_tid); gifts are ours, not the platform's.
            var oids = order.Lines.Where(l => l.Tid == source.Tid && !l.IsGift).Select(l => l.Oid).ToList();
            if (oids.Count == 0) continue;
            db.Add(new ShipSyncJob(order.ShopId, source.Tid, split ? oids : null, courier.Code, trackingNo, now));
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Errors.ConcurrencyConflict(null); // shipped at another station a moment ago
        }
        await transaction.CommitAsync();
        return new ShipResult(order.Id, trackingNo, freight.Value);
    }
}
