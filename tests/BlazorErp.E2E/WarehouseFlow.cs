using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorErp.E2E;

/// <summary>
/// The warehouse's day in steps, as staff click through it: a page of the review queue approved, a 中通 batch made and
/// printed, one parcel scanned complete, weighed and shipped. Tests that need a shipped parcel go through it; the
/// print-and-ship test checks each step on the way.
/// </summary>
public static class WarehouseFlow
{
    /// <summary>审单: a clerk approves a page of the queue at once; orders with something to read stay behind.</summary>
    public static async Task ApprovePageAsync(AppServer app, string reviewer)
    {
        var clerk = await app.NewPageAsync();
        await AppServer.SignInAsync(clerk, reviewer);
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
    }

    /// <summary>单据打印: the warehouse makes a batch of the 中通 orders and waits for the worker to render it; answers the batch's row and the first orders in it.</summary>
    public static async Task<(IPage Warehouse, ILocator Batch, List<string> Candidates)> PrintZtoBatchAsync(AppServer app)
    {
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
        return (warehouse, batch, candidates);
    }

    public static async Task MarkPrintedAsync(ILocator batch)
    {
        await batch.GetByTestId("batch-printed").ClickAsync();
        await Expect(batch.GetByTestId("batch-status")).ToContainTextAsync("已打印");
    }

    /// <summary>验货: the first candidate still in the batch (others were pulled out by the refund check) opens on the scanner.</summary>
    public static async Task<string> OpenParcelAsync(IPage warehouse, IEnumerable<string> candidates)
    {
        await warehouse.GotoAsync("/shipping/inspect");
        await AppServer.WaitInteractiveAsync(warehouse);
        var scan = warehouse.GetByTestId("scan");
        foreach (var candidate in candidates)
        {
            await scan.FillAsync(candidate);
            await scan.PressAsync("Enter");
            await Expect(warehouse.GetByTestId("scan-message")).ToContainTextAsync(candidate);
            if (await warehouse.GetByTestId("parcel").IsVisibleAsync()) return candidate;
        }
        throw new InvalidOperationException("No parcel of the batch could be opened for inspection.");
    }

    /// <summary>Scans every item the open parcel lists; the last scan goes on to 称重发货.</summary>
    public static async Task ScanAllItemsAsync(IPage warehouse)
    {
        var scan = warehouse.GetByTestId("scan");
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
    }

    /// <summary>称重发货: the expected weight typed and Enter; answers the tracking number the confirmation names.</summary>
    public static async Task<string> WeighAndShipAsync(IPage warehouse, string orderId)
    {
        var parcel = warehouse.GetByTestId("weigh-parcel");
        await Expect(parcel).ToContainTextAsync(orderId);
        var expected = Regex.Match(await parcel.InnerTextAsync(), @"约 ([\d.]+) kg").Groups[1].Value;
        var weight = warehouse.GetByTestId("weigh-weight");
        await weight.FillAsync(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture) > 0 ? expected : "0.8");
        await weight.PressAsync("Enter");
        var message = warehouse.GetByTestId("weigh-message");
        await Expect(message).ToContainTextAsync("已发货");
        return Regex.Match(await message.InnerTextAsync(), @"已发货：(\S+)，").Groups[1].Value;
    }

    /// <summary>All of it for one parcel: approve, print, scan, weigh.</summary>
    public static async Task<(string OrderId, string TrackingNo)> ShipOneAsync(AppServer app, string reviewer)
    {
        await ApprovePageAsync(app, reviewer);
        var (warehouse, batch, candidates) = await PrintZtoBatchAsync(app);
        await MarkPrintedAsync(batch);
        var orderId = await OpenParcelAsync(warehouse, candidates);
        await ScanAllItemsAsync(warehouse);
        return (orderId, await WeighAndShipAsync(warehouse, orderId));
    }
}
