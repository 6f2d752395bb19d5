using BlazorErp.Core.Common;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.Inventory.Features;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Core.Orders.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.IntegrationTests;

public class StockTests(ErpFactory app) : IClassFixture<ErpFactory>
{
    private async Task<(long WarehouseId, long SkuId)> StockedSkuAsync(string code, int onHand, bool allowNegative = false)
    {
        var warehouseId = await app.AsUserAsync("admin", async sp => (await sp.GetRequiredService<SaveWarehouse>().HandleAsync(new WarehouseInput
        {
            Code = "W-" + code, Name = "仓库-" + code, Type = WarehouseType.Own, AllowNegativeStock = allowNegative,
        })).Value);
        var skuId = await app.AsUserAsync("admin", async sp => (await sp.GetRequiredService<SaveSku>().HandleAsync(new SkuInput
        {
            GoodsName = "鲜虾 " + code, MerchantCode = code, RetailPrice = 39.9m, MinPrice = 29.9m, WeightGrams = 500,
        })).Value);
        if (onHand > 0)
        {
            var documentId = await app.AsUserAsync("admin", async sp => (await sp.GetRequiredService<CreateStockDocument>().HandleAsync(
                new StockDocumentInput(StockDocumentType.OpeningBalance, warehouseId, "期初", [new StockDocumentLineInput(code, onHand, 18m)]))).Value);
            Assert.True((await app.AsUserAsync("admin", sp => sp.GetRequiredService<AuditStockDocument>().HandleAsync(documentId))).Succeeded);
        }
        return (warehouseId, skuId);
    }

    private async Task<Result> ReserveAsync(long warehouseId, long skuId, int quantity, long orderId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var stock = scope.ServiceProvider.GetRequiredService<Stock>();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await stock.ReserveAsync(db, warehouseId, [new StockLine(skuId, quantity)],
            new StockDocumentRef(StockDocumentType.OrderReservation, orderId, "T" + orderId));
        if (!result.Succeeded) return result;
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return result;
    }

    private async Task<(StockLevel Level, int LedgerOnHand, int LedgerReserved)> ReadAsync(long warehouseId, long skuId)
    {
        await using var db = await app.DbAsync();
        var level = await db.Set<StockLevel>().SingleAsync(s => s.WarehouseId == warehouseId && s.SkuId == skuId);
        var entries = db.Set<StockLedgerEntry>().Where(e => e.WarehouseId == warehouseId && e.SkuId == skuId);
        return (level, await entries.Where(e => e.Bucket == StockBucket.OnHand).SumAsync(e => e.Quantity),
            await entries.Where(e => e.Bucket == StockBucket.Reserved).SumAsync(e => e.Quantity));
    }

    [Fact]
    public async Task Fifty_parallel_clerks_reserving_the_last_ten_units_reserve_exactly_ten()
    {
        var (warehouseId, skuId) = await StockedSkuAsync("LAST-10", onHand: 10);

        var results = await Task.WhenAll(Enumerable.Range(1, 50).Select(order => Task.Run(() => ReserveAsync(warehouseId, skuId, 1, order))));

        Assert.Equal(10, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal("Stock.Insufficient", r.Error!.Code));
        var (level, ledgerOnHand, ledgerReserved) = await ReadAsync(warehouseId, skuId);
        Assert.Equal((10, 10, 0), (level.OnHand, level.Reserved, level.Available));
        Assert.Equal(level.OnHand, ledgerOnHand);
        Assert.Equal(level.Reserved, ledgerReserved);
    }

    [Fact]
    public async Task A_failed_line_rolls_back_the_whole_reservation()
    {
        var (warehouseId, shrimp) = await StockedSkuAsync("ROLL-A", onHand: 5);
        var lotus = await app.AsUserAsync("admin", async sp => (await sp.GetRequiredService<SaveSku>().HandleAsync(new SkuInput
        {
            GoodsName = "泡藕带", MerchantCode = "ROLL-B", RetailPrice = 19.9m,
        })).Value);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var stock = scope.ServiceProvider.GetRequiredService<Stock>();
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var result = await stock.ReserveAsync(db, warehouseId, [new StockLine(shrimp, 2), new StockLine(lotus, 1)],
                new StockDocumentRef(StockDocumentType.OrderReservation, 99, "T99"));
            Assert.Equal("Stock.Insufficient", result.Error!.Code);
            Assert.Equal("ROLL-B", result.Error.Args[0]);
            await transaction.RollbackAsync();
        }

        var (level, ledgerOnHand, ledgerReserved) = await ReadAsync(warehouseId, shrimp);
        Assert.Equal((5, 0), (level.OnHand, level.Reserved));
        Assert.Equal((5, 0), (ledgerOnHand, ledgerReserved));
    }

    [Fact]
    public async Task Stock_never_goes_negative_unless_the_warehouse_allows_it()
    {
        var (strict, strictSku) = await StockedSkuAsync("NEG-NO", onHand: 3);
        Assert.Equal("Stock.Insufficient", (await ReserveAsync(strict, strictSku, 4, 1)).Error!.Code);

        var (lenient, lenientSku) = await StockedSkuAsync("NEG-YES", onHand: 3, allowNegative: true);
        Assert.True((await ReserveAsync(lenient, lenientSku, 4, 2)).Succeeded);
        Assert.Equal(-1, (await ReadAsync(lenient, lenientSku)).Level.Available);
    }

    [Fact]
    public async Task Reversing_an_opening_balance_restores_stock_with_counter_entries()
    {
        var (warehouseId, skuId) = await StockedSkuAsync("REV-1", onHand: 0);
        var documentId = await app.AsUserAsync("admin", async sp => (await sp.GetRequiredService<CreateStockDocument>().HandleAsync(
            new StockDocumentInput(StockDocumentType.OpeningBalance, warehouseId, null, [new StockDocumentLineInput("REV-1", 8, 10m)]))).Value);
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<AuditStockDocument>().HandleAsync(documentId));
        Assert.Equal(8, (await ReadAsync(warehouseId, skuId)).Level.OnHand);

        var reversed = await app.AsUserAsync("admin", sp => sp.GetRequiredService<ReverseStockDocument>().HandleAsync(documentId));

        Assert.True(reversed.Succeeded);
        var (level, ledgerOnHand, _) = await ReadAsync(warehouseId, skuId);
        Assert.Equal(0, level.OnHand);
        Assert.Equal(0, ledgerOnHand);
        await using var db = await app.DbAsync();
        Assert.Equal([8, -8], await db.Set<StockLedgerEntry>().Where(e => e.DocumentId == documentId).OrderBy(e => e.Id).Select(e => e.Quantity).ToListAsync());
        Assert.Equal(StockDocumentStatus.Reversed, (await db.Set<StockDocument>().SingleAsync(d => d.Id == documentId)).Status);
    }

    [Fact]
    public async Task A_reversal_that_would_take_reserved_stock_is_refused()
    {
        var (warehouseId, skuId) = await StockedSkuAsync("REV-RES", onHand: 0);
        var documentId = await app.AsUserAsync("admin", async sp => (await sp.GetRequiredService<CreateStockDocument>().HandleAsync(
            new StockDocumentInput(StockDocumentType.OpeningBalance, warehouseId, null, [new StockDocumentLineInput("REV-RES", 5, 10m)]))).Value);
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<AuditStockDocument>().HandleAsync(documentId));
        Assert.True((await ReserveAsync(warehouseId, skuId, 2, 7)).Succeeded);

        var reversed = await app.AsUserAsync("admin", sp => sp.GetRequiredService<ReverseStockDocument>().HandleAsync(documentId));

        Assert.Equal("Stock.Insufficient", reversed.Error!.Code);
        await using var db = await app.DbAsync();
        Assert.Equal(StockDocumentStatus.Audited, (await db.Set<StockDocument>().SingleAsync(d => d.Id == documentId)).Status);
        Assert.Equal(5, (await ReadAsync(warehouseId, skuId)).Level.OnHand);
    }

    [Fact]
    public async Task A_sku_with_stock_history_cannot_be_deleted_but_a_fresh_one_can()
    {
        var (_, stocked) = await StockedSkuAsync("DEL-USED", onHand: 1);
        var fresh = await app.AsUserAsync("admin", async sp => (await sp.GetRequiredService<SaveSku>().HandleAsync(new SkuInput
        {
            GoodsName = "录错的货品", MerchantCode = "DEL-FRESH", RetailPrice = 1m,
        })).Value);

        var refused = await app.AsUserAsync("admin", sp => sp.GetRequiredService<DeleteSku>().HandleAsync(stocked));
        Assert.Equal("Sku.HasHistory", refused.Error!.Code);
        Assert.True((await app.AsUserAsync("admin", sp => sp.GetRequiredService<DeleteSku>().HandleAsync(fresh))).Succeeded);
        await using var db = await app.DbAsync();
        Assert.True(await db.Set<Sku>().AnyAsync(s => s.Id == stocked));
        Assert.False(await db.Set<Sku>().AnyAsync(s => s.Id == fresh));
    }

    /// <summary>A SKU on a pending order has no stock history yet, but the order would point at nothing: refused too.</summary>
    [Fact]
    public async Task A_sku_on_an_order_cannot_be_deleted_even_before_it_moved_stock()
    {
        var shopId = await app.AsUserAsync("admin", async sp => (await sp.GetRequiredService<SaveShop>().HandleAsync(new ShopInput
        {
            Name = "线下-删除测试", Platform = Platform.OfflineStore,
        })).Value);
        var (_, ordered) = await StockedSkuAsync("DEL-ORDERED", onHand: 0);
        var (_, unrelated) = await StockedSkuAsync("DEL-UNRELATED", onHand: 0);
        var order = await app.AsUserAsync("admin", sp => sp.GetRequiredService<CreateManualOrder>().HandleAsync(new ManualOrderInput
        {
            ShopId = shopId, BuyerNick = "电话客户", ReceiverName = "周先生", ReceiverMobile = "13800271234", Province = "湖北", City = "武汉",
            District = "江汉区", Address = "解放大道 1 号", Lines = [new("DEL-ORDERED", 2)],
        }));
        Assert.True(order.Succeeded, order.Error?.ToString());

        var refused = await app.AsUserAsync("admin", sp => sp.GetRequiredService<DeleteSku>().HandleAsync(ordered));
        Assert.Equal("Sku.HasHistory", refused.Error?.Code);
        Assert.True((await app.AsUserAsync("admin", sp => sp.GetRequiredService<DeleteSku>().HandleAsync(unrelated))).Succeeded);
    }

    [Fact]
    public async Task Stock_query_shows_never_stocked_skus_as_zero_and_low_stock_finds_them()
    {
        var (warehouseId, stocked) = await StockedSkuAsync("QRY-STOCKED", onHand: 8);
        await StockedSkuAsync("QRY-NEVER", onHand: 0);
        var (_, deactivated) = await StockedSkuAsync("QRY-OLD", onHand: 0);
        Assert.True((await app.AsUserAsync("admin", sp => sp.GetRequiredService<SetSkuActive>().HandleAsync(deactivated, false))).Succeeded);
        await ReserveAsync(warehouseId, stocked, 3, orderId: 4711);

        var page = await app.AsUserAsync("admin", sp => sp.GetRequiredService<QueryStock>().HandleAsync(new StockQuery(warehouseId, "QRY-", null)));
        var rows = page.Rows.ToDictionary(r => r.MerchantCode);
        Assert.Equal((8, 3, 5), (rows["QRY-STOCKED"].OnHand, rows["QRY-STOCKED"].Reserved, rows["QRY-STOCKED"].Available));
        Assert.Equal((0, 0, 0), (rows["QRY-NEVER"].OnHand, rows["QRY-NEVER"].Reserved, rows["QRY-NEVER"].Available));
        Assert.False(rows.ContainsKey("QRY-OLD")); // deactivated and nothing in stock: gone from the list
        Assert.Equal(page.Rows.Count, page.Total);

        var low = await app.AsUserAsync("admin", sp => sp.GetRequiredService<QueryStock>().HandleAsync(new StockQuery(warehouseId, "QRY-", 0)));
        Assert.Equal(["QRY-NEVER"], low.Rows.Select(r => r.MerchantCode));
        var lowFive = await app.AsUserAsync("admin", sp => sp.GetRequiredService<QueryStock>().HandleAsync(new StockQuery(warehouseId, "QRY-", 5)));
        Assert.Equal(["QRY-NEVER", "QRY-STOCKED"], lowFive.Rows.Select(r => r.MerchantCode).Order());
    }
}
