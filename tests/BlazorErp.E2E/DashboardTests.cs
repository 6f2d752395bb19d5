using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MiniExcelLibs;
using static Microsoft.Playwright.Assertions;

namespace BlazorErp.E2E;

/// <summary>The manager's live dashboard and finance's 销售明细账, fed by the warehouse working in another browser.</summary>
[Collection(nameof(AppCollection))]
public class DashboardTests(AppServer app)
{
    [Fact]
    public async Task The_manager_sees_the_shipped_counter_move_live_and_finance_exports_the_parcels_lines_the_same_day()
    {
        var manager = await app.NewPageAsync();
        await AppServer.SignInAsync(manager, "manager");
        await manager.GotoAsync("/reports/dashboard");
        await AppServer.WaitInteractiveAsync(manager);
        var shipped = manager.GetByTestId("kpi-shipped");
        await Expect(shipped).ToHaveTextAsync(new Regex(@"^\d+$"));
        await Expect(manager.Locator("[data-testid=chart-hours] svg").First).ToBeVisibleAsync();
        var before = int.Parse(await shipped.InnerTextAsync());

        // The warehouse, in a browser of its own, ships a parcel (approve → print → scan → weigh).
        var (orderId, trackingNo) = await WarehouseFlow.ShipOneAsync(app, "reviewer");

        // No reload, no polling in the page: the circuit pushes the new figure.
        await Expect(shipped).ToHaveTextAsync((before + 1).ToString());
        Assert.Equal(manager.Url, app.BaseUrl + "/reports/dashboard");

        // 销售明细账 (§九): 统计时间点 发货时间, today → the parcel's lines; 导出 gives exactly those lines.
        var finance = await app.NewPageAsync();
        await AppServer.SignInAsync(finance, "finance");
        await finance.GotoAsync("/reports/sales-detail");
        await AppServer.WaitInteractiveAsync(finance);
        await finance.GetByTestId("sales-basis").ClickAsync();
        await finance.GetByRole(AriaRole.Option, new() { Name = "发货时间" }).ClickAsync();
        // 订单号 is the third column; order numbers are short, so compare the cell exactly (not "contains").
        var orderNos = finance.GetByTestId("sales-grid").Locator("tbody tr td:nth-child(3)");
        await Expect(orderNos.GetByText(orderId, new() { Exact = true }).First).ToBeVisibleAsync();
        var lineCount = (await orderNos.AllInnerTextsAsync()).Count(t => t.Trim() == orderId);
        var export = await finance.APIRequest.GetAsync((await finance.GetByTestId("sales-export").GetAttributeAsync("href"))!);
        Assert.Equal(200, export.Status);
        var sheet = new MemoryStream(await export.BodyAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(lineCount, sheet.Count(r => Convert.ToString(r["订单号"]) == orderId));
        Assert.Equal("合计", sheet[^1]["店铺"]);
        var totals = await finance.GetByTestId("sales-totals").InnerTextAsync();
        Assert.Contains(Convert.ToDecimal(sheet[^1]["金额"]).ToString("#,0.00"), totals);
        Assert.NotEmpty(trackingNo);
    }
}
