using System.Diagnostics;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.Inventory.Features;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Regions;
using BlazorErp.Core.Review.Features;
using BlazorErp.Core.Shipping.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.Benchmarks;

/// <summary>
/// 称重发货 at full speed: N printed parcels (2 lines each over 100 SKUs) confirmed by 4 stations at once, each
/// confirmation one transaction (freight, stock deduction with its conditional updates, shipment, ship-sync jobs).
/// Reports confirmations/s and checks stock is conserved (reserved back to 0, ledger = on hand).
/// </summary>
public sealed class ShipScenario : IScenario
{
    private const int SkuCount = 100, Stations = 4;

    public string Description => "weigh-and-ship confirmations/s by 4 stations, with stock checks";
    public int DefaultSize => 2_000;

    public async Task<ResultTable> RunAsync(int size)
    {
        await using var erp = await InProcessErp.CreateAsync();
        long warehouseId, courierId, shopId;
        await using (var scope = erp.Scope("admin"))
        {
            var sp = scope.ServiceProvider;
            warehouseId = (await sp.GetRequiredService<SaveWarehouse>().HandleAsync(new WarehouseInput { Code = "BD", Name = "本地仓库", Type = WarehouseType.Own, DirectShip = true })).Value;
            courierId = (await sp.GetRequiredService<SaveCourier>().HandleAsync(new CourierInput { Code = "ZTO", Name = "中通快递", Rates = [new RateInput(null, 1, 5, 2)] })).Value;
            shopId = (await sp.GetRequiredService<SaveShop>().HandleAsync(new ShopInput { Name = "压测店", Platform = Platform.Taobao })).Value;
            await using (var db = await erp.DbAsync())
            {
                var goods = new Goods("压测货品", "压测", null, null);
                for (var i = 0; i < SkuCount; i++) goods.AddSku(new SkuDetails($"SHIP-{i:000}", null, [], 12, 0, 3, 400));
                db.Add(goods);
                await db.SaveChangesAsync();
            }
            var lines = Enumerable.Range(0, SkuCount).Select(i => new StockDocumentLineInput($"SHIP-{i:000}", size, 3)).ToList();
            var documentId = (await sp.GetRequiredService<CreateStockDocument>().HandleAsync(new StockDocumentInput(StockDocumentType.OpeningBalance, warehouseId, null, lines))).Value;
            await sp.GetRequiredService<AuditStockDocument>().HandleAsync(documentId);
        }
        List<long> skuIds;
        await using (var db = await erp.DbAsync()) skuIds = await db.Set<Sku>().Select(s => s.Id).ToListAsync();
        var path = RegionDirectory.China.Resolve("湖北", "武汉", "江汉区").Value!;
        var random = new Random(3);
        await using (var db = await erp.DbAsync())
        {
            for (var i = 0; i < size; i++)
            {
                var orderLines = Enumerable.Range(1, 2).Select(n => new OrderLine(0, n, "SHIP", "压测货品", null, 1, 12m, 12m, skuIds[random.Next(skuIds.Count)], false)).ToList();
                var order = Order.Manual(shopId, "buyer" + i, new Receiver("收货人", "13800138000", path.Province.Name, path.City!.Name, path.District!.Name, "新华路 1 号",
                    null, path.Province.Code, path.City.Code, path.District.Code), orderLines, 0, null, null, DateTime.UtcNow);
                order.Assign(courierId, warehouseId, warehouseIsRemoteBucket: false);
                db.Add(order);
            }
            await db.SaveChangesAsync();
        }
        List<long> ids;
        await using (var db = await erp.DbAsync()) ids = await db.Set<Order>().Select(o => o.Id).ToListAsync();
        await using (var scope = erp.Scope("reviewer"))
            await scope.ServiceProvider.GetRequiredService<ApproveOrders>().HandleAsync(ids.Select(id => new ApproveRequest(id)).ToList());
        await using (var db = await erp.DbAsync())
        {
            foreach (var order in await db.Set<Order>().ToListAsync())
            {
                order.AssignWaybill(1, "ZT" + order.Id);
                order.MarkPrinted(DateTime.UtcNow);
            }
            await db.SaveChangesAsync();
        }

        var shipped = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Stations).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) is var i && i < ids.Count)
            {
                await using var scope = erp.Scope("warehouse");
                var result = await scope.ServiceProvider.GetRequiredService<ShipOrder>().HandleAsync(new ShipRequest(ids[i], 0.9m));
                if (result.Succeeded) Interlocked.Increment(ref shipped);
            }
        })));
        var elapsed = clock.Elapsed;

        await using var check = await erp.DbAsync();
        var levels = await check.Set<StockLevel>().AsNoTracking().ToListAsync();
        var ledgerOnHand = await check.Set<StockLedgerEntry>().Where(e => e.Bucket == StockBucket.OnHand).SumAsync(e => e.Quantity);
        var table = new ResultTable("parcels", "stations", "shipped", "time", "confirmations/s", "reserved left", "ledger = on hand");
        table.Add(size, Stations, shipped, elapsed, shipped / elapsed.TotalSeconds, levels.Sum(l => l.Reserved), ledgerOnHand == levels.Sum(l => l.OnHand) ? "yes" : "NO");
        return table;
    }
}
