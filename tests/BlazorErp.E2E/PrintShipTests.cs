using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorErp.E2E;

/// <summary>The warehouse's day in one test: approve → print batch → PDF → scan inspection → weigh &amp; ship → the platform knows.</summary>
[Collection(nameof(AppCollection))]
public class PrintShipTests(AppServer app)
{
    [Fact]
    public async Task Approved_orders_are_printed_inspected_by_scanning_weighed_shipped_and_synced_to_the_platform()
    {
        // 审单: a clerk approves a page of the queue at once; orders with something to read stay behind.
        var clerk = await app.NewPageAsync();
        await AppServer.SignInAsync(clerk, "reviewer2");
        await clerk.GotoAsync("/orders/review");
        await AppServer.WaitInteractiveAsync(clerk);
        var grid = clerk.GetByTestId("review-grid");
        await Expect(grid.Locator("tbody tr").First).ToBeVisibleAsync();
        // The live queue may re-render under the click (orders keep arriving): select again until the selection holds.
        var approve = clerk.GetByTestId("review-approve-selected");
        for (var attempt = 0; attempt < 5 && !await approve.IsEnabledAsync(); attempt++)
        {
            await grid.Locator("thead input[type=checkbox]").First.ClickAsync();
            await Task.Delay(500);
        }
        await approve.ClickAsync();
        await Expect(clerk.Locator(".mud-snackbar").Filter(new() { HasTextRegex = new Regex(@"审核通过 [1-9]\d* / \d+ 个订单") })).ToBeVisibleAsync();

        // 单据打印: the warehouse makes a batch of the 中通 orders; the worker renders it; the PDF opens.
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
        var pdf = await warehouse.APIRequest.GetAsync((await batch.GetByTestId("file-waybills").GetAttributeAsync("href"))!);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]));
        await batch.GetByTestId("batch-printed").ClickAsync();
        await Expect(batch.GetByTestId("batch-status")).ToContainTextAsync("已打印");

        // 验货: scanner-first, keyboard only. A wrong item is refused; the right ones complete the parcel.
        await warehouse.GotoAsync("/shipping/inspect");
        await AppServer.WaitInteractiveAsync(warehouse);
        var scan = warehouse.GetByTestId("scan");
        var message = warehouse.GetByTestId("scan-message");
        string? orderId = null;
        foreach (var candidate in candidates)
        {
            await scan.FillAsync(candidate);
            await scan.PressAsync("Enter");
            await Expect(message).ToContainTextAsync(candidate);
            if (await warehouse.GetByTestId("parcel").IsVisibleAsync()) { orderId = candidate; break; } // others were pulled out by the refund check
        }
        Assert.NotNull(orderId);
        await scan.FillAsync("NOT-IN-THIS-BOX");
        await scan.PressAsync("Enter");
        await Expect(message).ToContainTextAsync("不是这个包裹的商品");
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

        // 称重发货: the last scan went straight to the scale; the weight and Enter ship it.
        await Expect(warehouse).ToHaveURLAsync(new Regex("/shipping/weigh"));
        var parcel = warehouse.GetByTestId("weigh-parcel");
        await Expect(parcel).ToContainTextAsync(orderId);
        var tid = Regex.Match(await parcel.GetByTestId("parcel-tids").InnerTextAsync(), @"(\d+)").Groups[1].Value;
        var expected = Regex.Match(await parcel.InnerTextAsync(), @"约 ([\d.]+) kg").Groups[1].Value;
        var weight = warehouse.GetByTestId("weigh-weight");
        await weight.FillAsync(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture) > 0 ? expected : "0.8");
        await weight.PressAsync("Enter");
        var shipped = warehouse.GetByTestId("weigh-message");
        await Expect(shipped).ToContainTextAsync("已发货");
        var trackingNo = Regex.Match(await shipped.InnerTextAsync(), @"已发货：(\S+)，").Groups[1].Value;

        // 发货同步: the platform's trade shows it shipped with our tracking number.
        var admin = await app.NewPageAsync();
        await AppServer.SignInAsync(admin, "admin");
        string status = "", shipments = "";
        for (var waited = 0; waited < 45_000 && !(status == "WAIT_BUYER_CONFIRM_GOODS" && shipments.Contains(trackingNo)); waited += 1_000)
        {
            await Task.Delay(1_000);
            var trade = JsonDocument.Parse(await (await admin.APIRequest.GetAsync("/sandbox/trades/" + tid)).TextAsync()).RootElement;
            (status, shipments) = (trade.GetProperty("status").GetString()!, trade.GetProperty("shipments").GetRawText());
        }
        Assert.Equal("WAIT_BUYER_CONFIRM_GOODS", status);
        Assert.Contains(trackingNo, shipments);
    }
}
