using BlazorErp.Core.Common;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Orders.Features;
using BlazorErp.Core.Review.Features;
using BlazorErp.Core.Shipping;
using BlazorErp.Core.Shipping.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BlazorErp.Core.Demo;

/// <summary>
/// A few parcels the demo merchant has already sent (regular customers, phone orders of 鸿运旗舰店), so after-sales has
/// shipped orders to register returns and exchanges against from the first minute. They go through the stations' own
/// use cases — approval reserves, a printed batch, inspection, 称重发货 deducts stock and posts the shipment — only the
/// e-waybill numbers are made up (the platform is not asked at start-up). Once: nothing happens when anything has shipped.
/// </summary>
public sealed class SeedDemoHistory(IDbContextFactory<ErpDbContext> contexts, ManualOrderBuilder builder, ApproveOrders approve,
    GeneratePrintBatch generate, ShipOrder ship, TimeProvider clock, ILogger<SeedDemoHistory> logger)
{
    private static readonly (string Nick, string Name, string Mobile, string District, string Street)[] Customers =
    [
        ("小周爱吃虾", "周晓", "13907150001", "江岸区", "中山大道 1088 号"),
        ("江城吃货", "陈静", "13907150002", "武昌区", "中北路 9 号 2 单元 501"),
        ("藕带控", "刘芳", "13907150003", "洪山区", "珞喻路 129 号"),
        ("汉口老王", "王建国", "13907150004", "江汉区", "解放大道 688 号"),
    ];

    public async Task<bool> HandleAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<Order>().AnyAsync(o => o.ShippedAtUtc != null)) return false;
        if (await db.Set<Shop>().OrderBy(s => s.Id).FirstOrDefaultAsync() is not { } shop) return false;
        var local = await db.Set<Warehouse>().SingleAsync(w => w.Code == "BD");
        var zto = await db.Set<Courier>().SingleAsync(c => c.Code == "ZTO");
        // Goods with stock to spare, the same ones on every fresh database.
        var stocked = await db.Set<StockLevel>().Where(l => l.WarehouseId == local.Id && l.OnHand >= 50).OrderBy(l => l.SkuId).Select(l => l.SkuId).Take(4).ToListAsync();
        var codes = await db.Set<Sku>().Where(s => stocked.Contains(s.Id)).OrderBy(s => s.Id).Select(s => s.MerchantCode).ToListAsync();
        if (codes.Count < 2) return false;

        var inputs = Customers.Select((c, i) => new ManualOrderInput
        {
            ShopId = shop.Id, BuyerNick = c.Nick, ReceiverName = c.Name, ReceiverMobile = c.Mobile, Province = "湖北", City = "武汉", District = c.District,
            Address = c.Street, PostFee = 0,
            Lines = [new ManualOrderLine(codes[i % codes.Count], 2), new ManualOrderLine(codes[(i + 1) % codes.Count], 1)],
        }).ToList();
        var orders = (await builder.BuildAsync(db, inputs)).Select(b => b.Order ?? throw new InvalidOperationException("Demo order: " + b.Problems[0].Error)).ToList();
        foreach (var order in orders) order.Assign(zto.Id, local.Id, warehouseIsRemoteBucket: false);
        if (await ManualOrderBuilder.SaveAsync(db, orders) is { Succeeded: false } saved) throw new InvalidOperationException("Demo orders: " + saved.Error);
        var ids = orders.Select(o => o.Id).ToList();
        var refused = (await approve.HandleAsync(ids.Select(id => new ApproveRequest(id)).ToList())).FirstOrDefault(o => !o.Approved);
        if (refused is not null) throw new InvalidOperationException("Demo approval: " + refused.Error);

        var now = clock.GetUtcNow().UtcDateTime;
        var batch = new PrintBatch(zto.Id, ids, [], "system", now);
        await using (var numbering = await contexts.CreateDbContextAsync()) // the orders as approval left them
        {
            numbering.Add(batch);
            await numbering.SaveChangesAsync();
            foreach (var order in await numbering.Set<Order>().Where(o => ids.Contains(o.Id)).ToListAsync())
                Must(order.AssignWaybill(batch.Id, "75" + (1_000_000_000 + order.Id).ToString("0000000000")), order);
            await numbering.SaveChangesAsync();
        }
        await generate.HandleAsync(batch.Id);
        await using (var printing = await contexts.CreateDbContextAsync())
        {
            (await printing.Set<PrintBatch>().SingleAsync(b => b.Id == batch.Id)).MarkPrinted("system", now);
            foreach (var order in await printing.Set<Order>().Where(o => ids.Contains(o.Id)).ToListAsync())
            {
                Must(order.MarkPrinted(now), order);
                Must(order.Inspect("system", now), order);
            }
            await printing.SaveChangesAsync();
        }
        foreach (var id in ids)
        {
            var shipped = await ship.HandleAsync(new ShipRequest(id, 1.2m, AcceptWeightWarning: true));
            if (!shipped.Succeeded) throw new InvalidOperationException("Demo shipment: " + shipped.Error);
        }
        logger.LogInformation("Seeded {Count} shipped demo orders for after-sales", ids.Count);
        return true;
    }

    private static void Must(Result step, Order order)
    {
        if (!step.Succeeded) throw new InvalidOperationException($"Demo order {order.Id} ({order.Status}, {order.Flags}): {step.Error}");
    }
}
