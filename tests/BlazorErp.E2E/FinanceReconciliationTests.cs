using System.Text;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Regions;
using BlazorErp.Core.Review.Features;
using BlazorErp.Core.Shipping.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorErp.E2E;

/// <summary>担保交易对帐 as finance does it: an account for the money, a GBK statement from Alipay, the four lists, confirm.</summary>
[Collection(nameof(AppCollection))]
public class FinanceReconciliationTests(AppServer app)
{
    private sealed record Parcel(long Tid, decimal Paid);

    /// <summary>
    /// A shop of the test's own (no platform credentials, so nothing is synced) with parcels shipped through the real use cases
    /// — approved, given a waybill, scanned and weighed — from the demo warehouse by 中通.
    /// </summary>
    private static async Task<(string Shop, List<Parcel> Shipped, Parcel Printed)> ShopWithParcelsAsync(AppDatabase erp, int shipped)
    {
        var shopName = "E2E对帐店-" + Guid.NewGuid().ToString("N")[..4];
        var shopId = (await erp.AsAsync("admin", sp => sp.GetRequiredService<SaveShop>().HandleAsync(new ShopInput { Name = shopName, Platform = Platform.Taobao }))).Value;
        long warehouseId, courierId;
        Sku sku;
        await using (var db = await erp.DbAsync())
        {
            warehouseId = await db.Set<Warehouse>().Where(w => w.Code == "BD").Select(w => w.Id).SingleAsync();
            courierId = await db.Set<Courier>().Where(c => c.Name == "中通快递").Select(c => c.Id).SingleAsync();
            var stocked = await db.Set<StockLevel>().Where(l => l.WarehouseId == warehouseId && l.OnHand - l.Reserved >= 20).Select(l => l.SkuId).ToListAsync();
            sku = await db.Set<Sku>().AsNoTracking().Where(s => stocked.Contains(s.Id) && s.Active && s.RetailPrice > 0).OrderBy(s => s.Id).FirstAsync();
        }
        var path = RegionDirectory.China.Resolve("湖北", "武汉", "江汉区").Value!;
        var receiver = new Receiver("周女士", "13900271234", path.Province.Name, path.City!.Name, path.District!.Name, "江汉路 88 号", null,
            path.Province.Code, path.City.Code, path.District.Code);
        var orders = new List<Order>();
        await using (var db = await erp.DbAsync())
        {
            for (var i = 0; i <= shipped; i++)
            {
                var tid = 9_100_000_000_000 + Random.Shared.NextInt64(1_000_000_000);
                var now = DateTime.UtcNow.AddHours(8);
                var trade = new PlatformTrade(tid, "WAIT_SELLER_SEND_GOODS", now, now, "e2e-buyer-" + i, null, null, receiver, sku.RetailPrice, 0, 0, sku.RetailPrice,
                    [new PlatformLine(tid * 10, sku.MerchantCode, "E2E 货品", null, 1, sku.RetailPrice, sku.RetailPrice, false)]);
                var order = Order.FromPlatform(shopId, trade, code => code == sku.MerchantCode ? sku.Id : null, DateTime.UtcNow);
                order.Assign(courierId, warehouseId, warehouseIsRemoteBucket: false);
                orders.Add(order);
            }
            db.AddRange(orders);
            await db.SaveChangesAsync();
        }
        var outcomes = await erp.AsAsync("reviewer", sp => sp.GetRequiredService<ApproveOrders>().HandleAsync(orders.Select(o => new ApproveRequest(o.Id, null)).ToList()));
        Assert.All(outcomes, o => Assert.True(o.Approved, o.Error?.ToString()));
        await using (var db = await erp.DbAsync())
        {
            foreach (var order in await db.Set<Order>().Where(o => o.ShopId == shopId).ToListAsync())
            {
                Assert.True(order.AssignWaybill(1, "ZT" + order.Tid).Succeeded);
                Assert.True(order.MarkPrinted(DateTime.UtcNow).Succeeded);
            }
            await db.SaveChangesAsync();
        }
        var parcels = orders.Select(o => new Parcel(o.Tid!.Value, o.Paid)).ToList();
        foreach (var order in orders.Take(shipped))
        {
            long version;
            await using (var db = await erp.DbAsync()) version = await db.Set<Order>().Where(o => o.Id == order.Id).Select(o => o.Version).SingleAsync();
            var inspected = await erp.AsAsync("warehouse", sp => sp.GetRequiredService<InspectOrder>().HandleAsync(order.Id, version, [sku.MerchantCode]));
            Assert.True(inspected.Succeeded, inspected.Error?.ToString());
            var weight = Math.Max(0.1m, sku.WeightGrams / 1000m);
            var result = await erp.AsAsync("warehouse", sp => sp.GetRequiredService<ShipOrder>().HandleAsync(new ShipRequest(order.Id, weight, true)));
            Assert.True(result.Succeeded, result.Error?.ToString());
        }
        return (shopName, parcels.Take(shipped).ToList(), parcels[^1]);
    }

    [Fact]
    public async Task Finance_imports_an_Alipay_statement_sees_the_four_lists_and_confirms_it()
    {
        List<Parcel> shipped;
        Parcel printed;
        string shop;
        await using (var erp = new AppDatabase(app.DataFolder)) (shop, shipped, printed) = await ShopWithParcelsAsync(erp, shipped: 4);

        // Alipay's export as Excel in China saves it: GBK. One settled exactly, one short by 1.50, one we never had, one not shipped yet; two not settled.
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var statement = Path.Combine(Path.GetTempPath(), $"支付宝结算-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(statement, gbk.GetBytes(string.Join("\r\n",
            "订单号,下单时间,金额,服务费,结算时间",
            $"{shipped[0].Tid},2026-11-20 10:00:00,{shipped[0].Paid:0.00},0.50,2026-11-30 08:00:00",
            $"{shipped[1].Tid},2026-11-20 10:05:00,{shipped[1].Paid - 1.5m:0.00},0.50,2026-11-30 08:00:00",
            "9999999999999,2026-11-20 11:00:00,88.00,0.88,2026-11-30 08:00:00",
            $"{printed.Tid},2026-11-20 11:30:00,{printed.Paid:0.00},0.50,2026-11-30 08:00:00") + "\r\n"));

        var page = await app.NewPageAsync();
        await AppServer.SignInAsync(page, "finance");

        // 现金银行: the platform wallet the settlement goes into.
        await page.GotoAsync("/finance/accounts");
        await AppServer.WaitInteractiveAsync(page);
        var account = "支付宝-" + shop;
        await page.GetByTestId("account-name").FillAsync(account);
        await page.GetByTestId("account-save").ClickAsync();
        await Expect(page.GetByTestId("money-accounts")).ToContainTextAsync(account);

        // 担保交易对帐: pick the shop, count anything unsettled (N = 0 days), import.
        await page.GotoAsync("/finance/reconciliation");
        await AppServer.WaitInteractiveAsync(page);
        await page.GetByTestId("statement-party").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = shop }).ClickAsync();
        await page.GetByTestId("statement-days").FillAsync("0");
        await page.GetByTestId("statement-days").PressAsync("Tab");
        await page.SetInputFilesAsync("input[type=file]", statement);

        var view = page.GetByTestId("statement-view");
        await Expect(view.GetByTestId("statement-status")).ToHaveTextAsync("待确认");
        await Expect(view.GetByTestId("count-matched")).ToHaveTextAsync("1");
        await Expect(view.GetByTestId("count-differs")).ToHaveTextAsync("1");
        await Expect(view.GetByTestId("count-unknown")).ToHaveTextAsync("2");
        await Expect(view.GetByTestId("count-missing")).ToHaveTextAsync("2");
        var tabs = page.GetByTestId("statement-tabs");
        await tabs.GetByText("金额不符 (1)").ClickAsync();
        await Expect(tabs).ToContainTextAsync("-1.50");
        await tabs.GetByText("对帐单有、系统无 (2)").ClickAsync();
        await Expect(tabs).ToContainTextAsync("系统中没有此订单号");
        await Expect(tabs).ToContainTextAsync("订单尚未发货（已打印）");
        await tabs.GetByText("已发货未结算 (2)").ClickAsync();
        await Expect(tabs).ToContainTextAsync(shipped[2].Tid.ToString());

        // Confirm into the platform wallet: posted once, the lists stay as confirmed.
        await page.GetByTestId("statement-money").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = account }).ClickAsync();
        await page.GetByTestId("statement-confirm").ClickAsync();
        await Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "已确认：2 行入账" })).ToBeVisibleAsync();
        await Expect(view.GetByTestId("statement-status")).ToHaveTextAsync("已确认入账");
        await Expect(page.GetByTestId("statement-confirm")).ToHaveCountAsync(0);

        // The same file again changes nothing.
        await page.SetInputFilesAsync("input[type=file]", statement);
        await Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "没有新内容" })).ToBeVisibleAsync();
        await Expect(view.GetByTestId("statement-status")).ToHaveTextAsync("已确认入账");

        // 现金银行 shows the net settled: both trades less their fees.
        await page.GotoAsync("/finance/accounts");
        await AppServer.WaitInteractiveAsync(page);
        var net = shipped[0].Paid + shipped[1].Paid - 1.5m - 1m;
        await Expect(page.GetByTestId("money-accounts").Locator("tr").Filter(new() { HasText = account })).ToContainTextAsync(net.ToString("N2"));
    }
}
