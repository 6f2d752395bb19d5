using BlazorErp.Core.Inventory;
using BlazorErp.Core.Inventory.Features;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.IntegrationTests;

/// <summary>
/// A small merchant for review tests, set up through the real use cases: one shop, a shipping warehouse with
/// stock, the 超区 bucket, one courier and a few SKUs; orders are added straight as aggregates.
/// </summary>
public sealed class ReviewWorld
{
    public long ShopId { get; private init; }
    public long WarehouseId { get; private init; }
    public long BucketId { get; private init; }
    public long CourierId { get; private init; }
    public IReadOnlyDictionary<string, long> Skus { get; private init; } = new Dictionary<string, long>();

    public static async Task<ReviewWorld> CreateAsync(ErpFactory app, string prefix, IReadOnlyDictionary<string, int> stock)
    {
        async Task<long> Admin(Func<IServiceProvider, Task<long>> work) => await app.AsUserAsync("admin", work);
        var warehouseId = await Admin(async sp => (await sp.GetRequiredService<SaveWarehouse>().HandleAsync(
            new WarehouseInput { Code = prefix + "-BD", Name = prefix + "本地仓库", Type = WarehouseType.Own })).Value);
        var bucketId = await Admin(async sp => (await sp.GetRequiredService<SaveWarehouse>().HandleAsync(
            new WarehouseInput { Code = prefix + "-CQ", Name = prefix + "超区订单", Type = WarehouseType.RemoteAreaBucket })).Value);
        var courierId = await Admin(async sp => (await sp.GetRequiredService<SaveCourier>().HandleAsync(
            new CourierInput { Code = prefix + "ZTO", Name = prefix + "中通快递", Rates = [new RateInput(null, 1, 5, 2)] })).Value);
        var shopId = await Admin(async sp => (await sp.GetRequiredService<SaveShop>().HandleAsync(new ShopInput { Name = prefix + "店", Platform = Platform.Taobao })).Value);
        var skus = new Dictionary<string, long>();
        foreach (var (code, quantity) in stock)
        {
            skus[code] = await Admin(async sp => (await sp.GetRequiredService<SaveSku>().HandleAsync(
                new SkuInput { GoodsName = "货品 " + code, MerchantCode = code, RetailPrice = 30m, MinPrice = 10m, WeightGrams = 500 })).Value);
            if (quantity <= 0) continue;
            var documentId = await Admin(async sp => (await sp.GetRequiredService<CreateStockDocument>().HandleAsync(
                new StockDocumentInput(StockDocumentType.OpeningBalance, warehouseId, "期初", [new StockDocumentLineInput(code, quantity, 10m)]))).Value);
            await Admin(async sp => (await sp.GetRequiredService<AuditStockDocument>().HandleAsync(documentId)).Succeeded ? 0 : throw new InvalidOperationException());
        }
        return new ReviewWorld { ShopId = shopId, WarehouseId = warehouseId, BucketId = bucketId, CourierId = courierId, Skus = skus };
    }

    public static Receiver Receiver(string province = "广东", string city = "深圳", string district = "南山区", string name = "张三")
    {
        var path = RegionDirectory.China.Resolve(province, city, district).Value!;
        return new Receiver(name, "13800138000", path.Province.Name, path.City!.Name, path.District!.Name, "科技园南区 1 栋 101", null,
            path.Province.Code, path.City.Code, path.District.Code);
    }

    /// <summary>Orders with the given lines (merchant code → quantity), courier and warehouse set, saved in one go.</summary>
    public async Task<List<long>> AddOrdersAsync(ErpFactory app, int count, IReadOnlyDictionary<string, int> lines, Receiver? receiver = null,
        string? buyerMessage = null, bool assign = true)
    {
        await using var db = await app.DbAsync();
        var orders = Enumerable.Range(0, count).Select(i =>
        {
            var orderLines = lines.Select((l, n) => new OrderLine(0, n + 1, l.Key, "货品 " + l.Key, null, l.Value, 30m, 30m * l.Value, Skus[l.Key], false)).ToList();
            var order = Order.Manual(ShopId, "buyer-" + i, receiver ?? Receiver(name: "收货人" + i), orderLines, 0m, buyerMessage, null, DateTime.UtcNow);
            if (assign) order.Assign(CourierId, WarehouseId, warehouseIsRemoteBucket: false);
            return order;
        }).ToList();
        db.AddRange(orders);
        await db.SaveChangesAsync();
        return orders.Select(o => o.Id).ToList();
    }

    public async Task<(int OnHand, int Reserved)> LevelAsync(ErpFactory app, string code)
    {
        await using var db = await app.DbAsync();
        var level = await db.Set<StockLevel>().AsNoTracking().SingleAsync(l => l.WarehouseId == WarehouseId && l.SkuId == Skus[code]);
        return (level.OnHand, level.Reserved);
    }
}
