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
        var (orderId, trackingNo) = await ShipOneAsync();

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

    /// <summary>As the warehouse flow goes (see PrintShipTests): a page of the review queue approved, a 中通 batch printed, one parcel scanned and weighed.</summary>
    private async Task<(string OrderId, string TrackingNo)> ShipOneAsync()
    {
        var clerk = await app.NewPageAsync();
        await AppServer.SignInAsync(clerk, "reviewer");
        await clerk.GotoAsync("/orders/review");
        await AppServer.WaitInteractiveAsync(clerk);
        var grid = clerk.GetByTestId("review-grid");
        await Expect(grid.Locator("tbody tr").First).ToBeVisibleAsync();
        var approve = clerk.GetByTestId("review-approve-selected");
        for (var attempt = 0; attempt < 5 && !await approve.IsEnabledAsync(); attempt++)
        {
            await grid.Locator("thead input[type=checkbox]").First.ClickAsync();
            await Task.Delay(500);
        }
        await approve.ClickAsync();
        await Expect(clerk.Locator(".mud-snackbar").Filter(new() { HasTextRegex = new Regex(@"审核通过 [1-9]\d* / \d+ 个订单") })).ToBeVisibleAsync();

        var warehouse = await app.NewPageAsync();
        await AppServer.SignInAsync(warehouse, "warehouse");
        await warehouse.GotoAsync("/printing/batches");
        await AppServer.WaitInteractiveAsync(warehouse);
        await warehouse.GetByTestId("print-courier").ClickAsync();
        await warehouse.GetByRole(AriaRole.Option, new() { Name = "中通快递" }).ClickAsync();
        var printable = warehouse.GetByTestId("printable").Locator("tbody tr");
        await Expect(printable.First).ToBeVisibleAsync();
        var candidates = (await printable.Locator("td:first-child").AllInnerTextsAsync()).Take(8).ToList();
        await warehouse.GetByTestId("print-create").ClickAsync();
        await Expect(warehouse.Locator(".mud-snackbar").Filter(new() { HasTextRegex = new Regex(@"打印批次 \d+ 已创建") })).ToBeVisibleAsync();
        var batch = warehouse.GetByTestId("print-batches").Locator("tbody tr").First;
        await Expect(batch.GetByTestId("batch-status")).ToContainTextAsync("可打印", new() { Timeout = 60_000 });
        await batch.GetByTestId("batch-printed").ClickAsync();
        await Expect(batch.GetByTestId("batch-status")).ToContainTextAsync("已打印");

        await warehouse.GotoAsync("/shipping/inspect");
        await AppServer.WaitInteractiveAsync(warehouse);
        var scan = warehouse.GetByTestId("scan");
        string? orderId = null;
        foreach (var candidate in candidates)
        {
            await scan.FillAsync(candidate);
            await scan.PressAsync("Enter");
            await Expect(warehouse.GetByTestId("scan-message")).ToContainTextAsync(candidate);
            if (await warehouse.GetByTestId("parcel").IsVisibleAsync()) { orderId = candidate; break; }
        }
        Assert.NotNull(orderId);
        var items = warehouse.GetByTestId("parcel").Locator("tbody tr");
        var lines = new List<(string Code, int Quantity)>();
        for (var i = 0; i < await items.CountAsync(); i++)
        {
            var cells = await items.Nth(i).Locator("td").AllInnerTextsAsync();
            lines.Add((cells[0].Trim(), int.Parse(cells[^1].Split('/')[1].Trim())));
        }
        foreach (var (code, quantity) in lines)
            for (var n = 0; n < quantity; n++)
            {
                await scan.FillAsync(code);
                await scan.PressAsync("Enter");
            }

        await Expect(warehouse).ToHaveURLAsync(new Regex("/shipping/weigh"));
        var parcel = warehouse.GetByTestId("weigh-parcel");
        await Expect(parcel).ToContainTextAsync(orderId);
        var expected = Regex.Match(await parcel.InnerTextAsync(), @"约 ([\d.]+) kg").Groups[1].Value;
        var weight = warehouse.GetByTestId("weigh-weight");
        await weight.FillAsync(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture) > 0 ? expected : "0.8");
        await weight.PressAsync("Enter");
        var message = warehouse.GetByTestId("weigh-message");
        await Expect(message).ToContainTextAsync("已发货");
        return (orderId, Regex.Match(await message.InnerTextAsync(), @"已发货：(\S+)，").Groups[1].Value);
    }
}
