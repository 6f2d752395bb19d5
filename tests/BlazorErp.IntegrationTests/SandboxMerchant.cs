using BlazorErp.Core.Inventory;
using BlazorErp.Core.Inventory.Features;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Orders.Features;
using BlazorErp.Core.Platforms;
using BlazorErp.Core.Platforms.Features;
using BlazorErp.Core.Review.Features;
using BlazorErp.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.IntegrationTests;

/// <summary>
/// A merchant whose shop is authorised on the platform stand-in: a 本地仓库 with 20 shrimp SKUs in stock (XIA-01 … XIA-20, as the
/// stand-in's items), 中通 with a rate table, and the shop. Trades are generated there and come down through the real download.
/// </summary>
public sealed class SandboxMerchant(ErpFactory app, SandboxHost sandbox)
{
    public long ShopId { get; private set; }
    public long CourierId { get; private set; }
    public long WarehouseId { get; private set; }

    private Task<T> Admin<T>(Func<IServiceProvider, Task<T>> work) => app.AsUserAsync("admin", work);

    public async Task CreateAsync()
    {
        WarehouseId = await Admin(async sp => (await sp.GetRequiredService<SaveWarehouse>().HandleAsync(new WarehouseInput
        {
            Code = "BD", Name = "本地仓库", Type = WarehouseType.Own, ProvinceCode = "420000", CityCode = "420100", DistrictCode = "420103", Street = "新华路 218 号",
        })).Value);
        CourierId = await Admin(async sp => (await sp.GetRequiredService<SaveCourier>().HandleAsync(new CourierInput { Code = "ZTO", Name = "中通快递", Rates = [new RateInput(null, 1, 5, 2)] })).Value);
        var lines = new List<StockDocumentLineInput>();
        for (var i = 1; i <= 20; i++)
        {
            await Admin(sp => sp.GetRequiredService<SaveSku>().HandleAsync(new SkuInput { GoodsName = "鲜活基围虾", MerchantCode = $"XIA-{i:00}", RetailPrice = 20, WeightGrams = 500 }));
            lines.Add(new StockDocumentLineInput($"XIA-{i:00}", 500, 10));
        }
        var opening = await Admin(async sp => (await sp.GetRequiredService<CreateStockDocument>().HandleAsync(new StockDocumentInput(StockDocumentType.OpeningBalance, WarehouseId, "期初", lines))).Value);
        await Admin(sp => sp.GetRequiredService<AuditStockDocument>().HandleAsync(opening));
        ShopId = await Admin(async sp => (await sp.GetRequiredService<SaveShop>().HandleAsync(new ShopInput
        {
            Name = "淘宝-鸿运旗舰店", Platform = Platform.Taobao, AppKey = SandboxHost.AppKey, AppSecret = SandboxHost.AppSecret, SessionKey = SandboxHost.Session,
            SenderName = "伽元仓储", SenderPhone = "027-85551234", SenderProvinceCode = "420000", SenderCityCode = "420100", SenderDistrictCode = "420103", SenderStreet = "新华路 218 号",
        })).Value);
    }

    /// <summary>Everything the platform has for the shop, downloaded again from the start and built into orders.</summary>
    public async Task DownloadAsync()
    {
        await using (var db = await app.DbAsync()) await db.Set<ShopDownloadCursor>().Where(c => c.ShopId == ShopId).ExecuteDeleteAsync();
        Assert.True((await Admin(sp => sp.GetRequiredService<DownloadTrades>().HandleAsync(ShopId))).Succeeded);
        await Admin(sp => sp.GetRequiredService<BuildOrders>().HandleAsync(ShopId));
    }

    /// <summary>New trades downloaded and built, then approved as a clerk would after reading every remark.</summary>
    public async Task<List<Order>> ApprovedOrdersAsync(int trades)
    {
        var nowChina = DateTime.UtcNow.AddHours(8);
        await sandbox.GenerateAsync(trades, nowChina.AddHours(-5), nowChina.AddHours(-4));
        await DownloadAsync();
        List<long> pending;
        await using (var db = await app.DbAsync())
        {
            var orders = await db.Set<Order>().Where(o => o.ShopId == ShopId && o.Status == OrderStatus.PendingReview && o.Flags == OrderFlags.None).ToListAsync();
            foreach (var order in orders)
            {
                order.Assign(CourierId, WarehouseId, warehouseIsRemoteBucket: false);
                order.Acknowledge(ReviewFinding.BuyerMessage | ReviewFinding.SellerMemo | ReviewFinding.RemoteArea | ReviewFinding.TownDelivery | ReviewFinding.PriceAnomaly);
            }
            await db.SaveChangesAsync();
            pending = orders.Select(o => o.Id).ToList();
        }
        var approved = await app.AsUserAsync("reviewer", sp => sp.GetRequiredService<ApproveOrders>().HandleAsync(pending.Select(id => new ApproveRequest(id)).ToList()));
        var ids = approved.Where(o => o.Approved).Select(o => o.OrderId).ToList();
        Assert.True(ids.Count >= 4, $"only {ids.Count} of {pending.Count} orders approved: {string.Join("; ", approved.Where(o => !o.Approved).Select(o => o.Error))}");
        await using var read = await app.DbAsync();
        return await read.Set<Order>().AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Id).ToListAsync();
    }

    public async Task<int> ReservedAsync()
    {
        await using var db = await app.DbAsync();
        return await db.Set<StockLevel>().Where(l => l.WarehouseId == WarehouseId).SumAsync(l => l.Reserved);
    }
}
