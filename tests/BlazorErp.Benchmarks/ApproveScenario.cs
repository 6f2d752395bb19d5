using System.Diagnostics;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.Inventory.Features;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Regions;
using BlazorErp.Core.Review.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.Benchmarks;

/// <summary>
/// 批量审核: N pending orders (3 lines each over 200 SKUs, one in ten with a combo) approved in one batch with
/// every check re-run and stock reserved, as the review page's "approve selected" does. Reports the time,
/// orders/s, and checks that reserved stock equals what the approved orders need.
/// </summary>
public sealed class ApproveScenario : IScenario
{
    private const int SkuCount = 200;

    public string Description => "batch-approve pending orders with all checks and reservations: seconds, orders/s";
    public int DefaultSize => 10_000;

    public async Task<ResultTable> RunAsync(int size)
    {
        await using var erp = await InProcessErp.CreateAsync();
        var (shopId, warehouseId, courierId, skuIds, comboId) = await MerchantAsync(erp, size);
        var path = RegionDirectory.China.Resolve("湖北", "武汉", "江汉区").Value!;
        var random = new Random(7);
        await using (var db = await erp.DbAsync())
        {
            for (var i = 0; i < size; i++)
            {
                var lines = Enumerable.Range(1, 3).Select(n =>
                {
                    var sku = n == 3 && i % 10 == 0 ? comboId : skuIds[random.Next(skuIds.Count)];
                    return new OrderLine(0, n, "BENCH", "压测货品", null, 1 + random.Next(3), 12m, 12m, sku, false);
                }).ToList();
                var receiver = new Receiver("收货人" + i, "13800138000", path.Province.Name, path.City!.Name, path.District!.Name, "新华路 " + i + " 号",
                    null, path.Province.Code, path.City.Code, path.District.Code);
                var order = Order.Manual(shopId, "buyer" + i, receiver, lines, 0, null, null, DateTime.UtcNow);
                order.Assign(courierId, warehouseId, warehouseIsRemoteBucket: false);
                db.Add(order);
            }
            await db.SaveChangesAsync();
        }
        List<long> ids;
        await using (var db = await erp.DbAsync()) ids = await db.Set<Order>().Select(o => o.Id).ToListAsync();

        await using var scope = erp.Scope("reviewer");
        var clock = Stopwatch.StartNew();
        var outcomes = await scope.ServiceProvider.GetRequiredService<ApproveOrders>().HandleAsync(ids.Select(id => new ApproveRequest(id)).ToList());
        var elapsed = clock.Elapsed;

        await using var check = await erp.DbAsync();
        var reserved = await check.Set<StockLevel>().SumAsync(l => l.Reserved);
        var ledger = await check.Set<StockLedgerEntry>().Where(e => e.Bucket == StockBucket.Reserved).SumAsync(e => e.Quantity);
        var approved = outcomes.Count(o => o.Approved);
        var table = new ResultTable("orders", "approved", "refused", "time", "orders/s", "reserved = ledger", "target");
        table.Add(size, approved, size - approved, elapsed, size / elapsed.TotalSeconds, reserved == ledger ? "yes" : "NO", "< 3 s for 10,000");
        return table;
    }

    private static async Task<(long Shop, long Warehouse, long Courier, List<long> Skus, long Combo)> MerchantAsync(InProcessErp erp, int orders)
    {
        await using var scope = erp.Scope("admin");
        var sp = scope.ServiceProvider;
        var warehouseId = (await sp.GetRequiredService<SaveWarehouse>().HandleAsync(new WarehouseInput { Code = "BD", Name = "本地仓库", Type = WarehouseType.Own })).Value;
        var courierId = (await sp.GetRequiredService<SaveCourier>().HandleAsync(new CourierInput { Code = "ZTO", Name = "中通快递", Rates = [new RateInput(null, 1, 5, 2)] })).Value;
        var shopId = (await sp.GetRequiredService<SaveShop>().HandleAsync(new ShopInput { Name = "压测店", Platform = Platform.Taobao })).Value;
        await using (var db = await erp.DbAsync())
        {
            var goods = new Goods("压测货品", "压测", null, null);
            for (var i = 0; i < SkuCount; i++) goods.AddSku(new SkuDetails($"BENCH-{i:000}", null, [], 12, 5, 3, 100));
            db.Add(goods);
            await db.SaveChangesAsync();
        }
        List<Sku> skus;
        await using (var db = await erp.DbAsync()) skus = await db.Set<Sku>().ToListAsync();
        var comboGoods = new Goods("压测组合", "组合装", null, null);
        var combo = comboGoods.AddSku(new SkuDetails("BENCH-COMBO", null, [], 30, 0, 0, 300)).Value!;
        await using (var db = await erp.DbAsync())
        {
            db.Add(comboGoods);
            await db.SaveChangesAsync();
            db.Attach(skus[0]);
            db.Attach(skus[1]);
            combo.SetComboItems([(skus[0], 1), (skus[1], 2)]);
            await db.SaveChangesAsync();
        }
        // Enough of everything: the benchmark measures approval, not refusals.
        var lines = skus.Select(s => new StockDocumentLineInput(s.MerchantCode, orders * 2, 3)).ToList();
        var documentId = (await sp.GetRequiredService<CreateStockDocument>().HandleAsync(new StockDocumentInput(StockDocumentType.OpeningBalance, warehouseId, null, lines))).Value;
        var audited = await sp.GetRequiredService<AuditStockDocument>().HandleAsync(documentId);
        if (!audited.Succeeded) throw new InvalidOperationException(audited.Error!.ToString());
        return (shopId, warehouseId, courierId, skus.Select(s => s.Id).ToList(), combo.Id);
    }
}
