using System.Collections.Concurrent;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Review.Features;
using BlazorErp.Core.Shipping;
using BlazorErp.Core.Shipping.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.IntegrationTests;

/// <summary>Inspection, weigh &amp; ship and reversal on a real database: stock, postings and state move together.</summary>
public sealed class ShippingTests(ErpFactory app) : IClassFixture<ErpFactory>
{
    private static int _worlds;
    private Task<ReviewWorld> WorldAsync(Dictionary<string, int> stock) => ReviewWorld.CreateAsync(app, "S" + Interlocked.Increment(ref _worlds), stock);

    /// <summary>Approved through the review use case, then given a waybill and printed (the print station's part).</summary>
    private async Task<List<long>> PrintedOrdersAsync(ReviewWorld world, int count, Dictionary<string, int> lines)
    {
        var ids = await world.AddOrdersAsync(app, count, lines);
        var outcomes = await app.AsUserAsync("reviewer", sp => sp.GetRequiredService<ApproveOrders>().HandleAsync(ids.Select(i => new ApproveRequest(i)).ToList()));
        Assert.All(outcomes, o => Assert.True(o.Approved, o.Error?.ToString()));
        await using var db = await app.DbAsync();
        foreach (var order in await db.Set<Order>().Where(o => ids.Contains(o.Id)).ToListAsync())
        {
            Assert.True(order.AssignWaybill(1, "ZT" + order.Id.ToString("0000000000")).Succeeded);
            Assert.True(order.MarkPrinted(DateTime.UtcNow).Succeeded);
        }
        await db.SaveChangesAsync();
        return ids;
    }

    private async Task<Order> OrderAsync(long id)
    {
        await using var db = await app.DbAsync();
        return await db.Set<Order>().AsNoTracking().SingleAsync(o => o.Id == id);
    }

    private async Task<(int OnHand, int Reserved, int LedgerOnHand, int LedgerReserved)> StockAsync(ReviewWorld world, string code)
    {
        await using var db = await app.DbAsync();
        var skuId = world.Skus[code];
        var level = await db.Set<StockLevel>().AsNoTracking().SingleAsync(l => l.WarehouseId == world.WarehouseId && l.SkuId == skuId);
        var entries = db.Set<StockLedgerEntry>().Where(e => e.WarehouseId == world.WarehouseId && e.SkuId == skuId);
        return (level.OnHand, level.Reserved, await entries.Where(e => e.Bucket == StockBucket.OnHand).SumAsync(e => e.Quantity),
            await entries.Where(e => e.Bucket == StockBucket.Reserved).SumAsync(e => e.Quantity));
    }

    [Fact]
    public async Task Inspection_refuses_a_wrong_or_extra_scan_and_a_complete_one_moves_the_order_on()
    {
        var world = await WorldAsync(new() { ["I1"] = 10, ["I2"] = 10 });
        var id = (await PrintedOrdersAsync(world, 1, new() { ["I1"] = 2, ["I2"] = 1 }))[0];
        var order = await OrderAsync(id);
        Task<Core.Common.Result> Inspect(params string[] scans) =>
            app.AsUserAsync("warehouse", sp => sp.GetRequiredService<InspectOrder>().HandleAsync(id, order.Version, scans));

        Assert.Equal("Inspection.WrongScan", (await Inspect("I1", "NOPE", "I1", "I2")).Error?.Code);
        Assert.Equal("Inspection.WrongScan", (await Inspect("I1", "I1", "I1", "I2")).Error?.Code); // one too many
        Assert.Equal("Inspection.Incomplete", (await Inspect("I1", "I2")).Error?.Code);
        Assert.Equal(OrderStatus.Printed, (await OrderAsync(id)).Status);

        Assert.True((await Inspect("i1", "I2", "I1")).Succeeded); // merchant codes typed by hand, any case and order
        var inspected = await OrderAsync(id);
        Assert.Equal((OrderStatus.Inspected, "warehouse"), (inspected.Status, inspected.InspectedBy));
    }

    [Fact]
    public async Task Weigh_and_ship_posts_stock_freight_and_the_shipment_together_and_stops_an_odd_weight_once()
    {
        var world = await WorldAsync(new() { ["W1"] = 10 });
        var id = (await PrintedOrdersAsync(world, 1, new() { ["W1"] = 2 }))[0]; // 2 × 500 g
        var order = await OrderAsync(id);
        await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<InspectOrder>().HandleAsync(id, order.Version, ["W1", "W1"]));
        Task<Core.Common.Result<ShipResult>> Ship(decimal kg, bool accept = false) =>
            app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ShipOrder>().HandleAsync(new ShipRequest(id, kg, accept)));

        var odd = await Ship(3.5m);
        Assert.Equal("Ship.WeightOutOfTolerance", odd.Error?.Code);
        Assert.Equal((10, 2), ((await StockAsync(world, "W1")).OnHand, (await StockAsync(world, "W1")).Reserved)); // nothing moved

        var shipped = await Ship(1.2m);
        Assert.True(shipped.Succeeded, shipped.Error?.ToString());
        Assert.Equal(7m, shipped.Value!.Freight); // first kg 5 元 + 1 started kg × 2 元
        var after = await OrderAsync(id);
        Assert.Equal((OrderStatus.Shipped, 1.2m, 7m), (after.Status, after.WeightKg!.Value, after.Freight!.Value));
        Assert.Equal((8, 0, 8, 0), await StockAsync(world, "W1"));
        await using var db = await app.DbAsync();
        var shipment = await db.Set<Shipment>().SingleAsync(s => s.OrderId == id);
        Assert.Equal((after.Paid, 7m, after.TrackingNo), (shipment.GoodsAmount, shipment.Freight, shipment.TrackingNo));
        Assert.Equal("Order.NotShippable", (await Ship(1.2m)).Error?.Code); // not twice
    }

    [Fact]
    public async Task A_printed_order_ships_without_inspection_only_where_the_warehouse_allows_it()
    {
        var world = await WorldAsync(new() { ["D1"] = 10 });
        var id = (await PrintedOrdersAsync(world, 1, new() { ["D1"] = 1 }))[0];
        var refused = await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ShipOrder>().HandleAsync(new ShipRequest(id, 0.5m)));
        Assert.Equal("Order.NotInspected", refused.Error?.Code);

        await using (var db = await app.DbAsync())
        {
            var warehouse = await db.Set<Core.MasterData.Warehouse>().SingleAsync(w => w.Id == world.WarehouseId);
            warehouse.SetDirectShip(true);
            await db.SaveChangesAsync();
        }
        var shipped = await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ShipOrder>().HandleAsync(new ShipRequest(id, 0.5m)));
        Assert.True(shipped.Succeeded, shipped.Error?.ToString());
    }

    [Fact]
    public async Task Reversing_a_shipment_restores_stock_exactly_with_counter_entries_and_sends_the_order_back_to_review()
    {
        var world = await WorldAsync(new() { ["V1"] = 10, ["V2"] = 5 });
        var id = (await PrintedOrdersAsync(world, 1, new() { ["V1"] = 3, ["V2"] = 1 }))[0];
        var order = await OrderAsync(id);
        await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<InspectOrder>().HandleAsync(id, order.Version, ["V1", "V1", "V1", "V2"]));
        Assert.True((await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ShipOrder>().HandleAsync(new ShipRequest(id, 2m)))).Succeeded);
        Assert.Equal((7, 0, 7, 0), await StockAsync(world, "V1"));
        var shippedOrder = await OrderAsync(id);
        await using (var jobs = await app.DbAsync()) // the platform has not been told yet
        {
            jobs.Add(new Core.Platforms.ShipSyncJob(world.ShopId, 4242, null, "ZTO", shippedOrder.TrackingNo!, DateTime.UtcNow));
            await jobs.SaveChangesAsync();
        }

        var reversed = await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ReverseShipment>().HandleAsync(id, "发错仓库"));

        Assert.True(reversed.Succeeded, reversed.Error?.ToString());
        Assert.Equal((10, 0, 10, 0), await StockAsync(world, "V1"));
        Assert.Equal((5, 0, 5, 0), await StockAsync(world, "V2"));
        var back = await OrderAsync(id);
        Assert.Equal((OrderStatus.PendingReview, "发错仓库", (string?)null), (back.Status, back.RejectReason, back.TrackingNo));
        await using var db = await app.DbAsync();
        var shipments = await db.Set<Shipment>().Where(s => s.OrderId == id).OrderBy(s => s.Id).ToListAsync();
        Assert.Equal(2, shipments.Count); // the posting stays; its reversal stands beside it
        Assert.Equal((shipments[0].Id, -shipments[0].GoodsAmount, -shipments[0].Freight), (shipments[1].ReversalOfId!.Value, shipments[1].GoodsAmount, shipments[1].Freight));
        Assert.Equal("Order.NotShipped", (await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ReverseShipment>().HandleAsync(id, "再来一次"))).Error?.Code);
        var job = await db.Set<Core.Platforms.ShipSyncJob>().SingleAsync(j => j.TrackingNo == shippedOrder.TrackingNo);
        Assert.Equal(Core.Platforms.ShipSyncStatus.Failed, job.Status); // the platform will not hear of a parcel that never left
    }

    [Fact]
    public async Task A_thousand_concurrent_ship_confirmations_ship_each_parcel_once_and_conserve_stock()
    {
        var world = await WorldAsync(new() { ["C1"] = 1_200, ["C2"] = 2_500 });
        var ids = await PrintedOrdersAsync(world, 1_000, new() { ["C1"] = 1, ["C2"] = 2 });
        await using (var db = await app.DbAsync())
        {
            var warehouse = await db.Set<Core.MasterData.Warehouse>().SingleAsync(w => w.Id == world.WarehouseId);
            warehouse.SetDirectShip(true); // the stations weigh straight from the print queue
            await db.SaveChangesAsync();
        }
        // Two stations confirm every parcel (a double scan): 2,000 confirmations, 8 at a time.
        var confirmations = ids.Concat(ids).OrderBy(_ => Random.Shared.Next()).ToList();
        var shipped = new ConcurrentBag<long>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) is var i && i < confirmations.Count)
            {
                var result = await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ShipOrder>().HandleAsync(new ShipRequest(confirmations[i], 1.5m)));
                if (result.Succeeded) shipped.Add(confirmations[i]);
            }
        })));

        Assert.Equal(ids.Order(), shipped.Order()); // each parcel exactly once
        Assert.Equal((200, 0, 200, 0), await StockAsync(world, "C1"));
        Assert.Equal((500, 0, 500, 0), await StockAsync(world, "C2"));
        await using var check = await app.DbAsync();
        Assert.Equal(1_000, await check.Set<Shipment>().CountAsync(s => ids.Contains(s.OrderId)));
    }
}
