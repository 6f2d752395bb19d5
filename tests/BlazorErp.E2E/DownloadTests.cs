using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorErp.E2E;

/// <summary>Demo mode: the app downloads the demo shops' trades from the sandbox it hosts, over HTTP.</summary>
[Collection(nameof(AppCollection))]
public class DownloadTests(AppServer app)
{
    [Fact]
    public async Task Download_now_fetches_the_demo_shops_trades_and_shows_them_in_the_history()
    {
        var page = await app.NewPageAsync();
        await AppServer.SignInAsync(page, "manager"); // admin may have switched to English in another test
        await page.GotoAsync("/orders/download");
        await AppServer.WaitInteractiveAsync(page);

        var row = page.GetByTestId("download-shops").Locator("tbody tr").Filter(new() { HasText = "淘宝-鸿运旗舰店" });
        await row.GetByTestId("download-now").ClickAsync();

        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync(new Regex("淘宝-鸿运旗舰店：新增 \\d+"));
        // The sandbox generated 60 paid trades per demo shop over the last three hours; all of them are here,
        // whether this click or the scheduled download fetched them first (another test may have added more).
        await Expect(row.GetByTestId("raw-count")).ToHaveTextAsync(new Regex(@"^([6-9]\d|\d{3,})$"));
        await Expect(page.GetByTestId("download-history")).ToContainTextAsync("淘宝-鸿运旗舰店");

        // The trades became orders: searchable, with the platform's original beside them.
        await page.GotoAsync("/orders/search");
        await AppServer.WaitInteractiveAsync(page);
        var grid = page.GetByTestId("orders-grid");
        await Expect(grid).ToContainTextAsync("待审核");
        // Other tests may have added manual orders (no platform number) to the same app: take a downloaded one.
        var downloaded = grid.Locator("tbody tr").Filter(new() { Has = page.Locator("td:nth-child(2)", new() { HasTextRegex = new Regex(@"^\d+") }) });
        var tid = (await downloaded.First.Locator("td").Nth(1).InnerTextAsync()).Split(',')[0].Trim();
        await page.GetByTestId("order-search").FillAsync(tid);
        // The live order, and the 已合并 shell too if this trade was merged into another order.
        var rows = grid.Locator("tbody tr").Filter(new() { HasText = tid });
        await Expect(rows.First).ToBeVisibleAsync();
        await Expect(grid.Locator("tbody tr").Filter(new() { HasNotText = tid })).ToHaveCountAsync(0);
        await rows.Filter(new() { HasNotText = "已合并" }).First.ClickAsync();
        var detail = page.GetByTestId("order-detail");
        await Expect(detail).ToContainTextAsync(tid);
        await Expect(detail).ToContainTextAsync("WAIT_SELLER_SEND_GOODS");
    }

    [Fact]
    public async Task New_trades_arrive_in_the_review_queue_without_a_reload_while_download_now_shows_its_progress()
    {
        var clerk = await app.NewPageAsync();
        await AppServer.SignInAsync(clerk, "reviewer");
        await clerk.GotoAsync("/orders/review");
        await AppServer.WaitInteractiveAsync(clerk);
        var pending = clerk.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex(@"^待审核 \(\d+\)$") });
        await Expect(pending).ToBeVisibleAsync();
        await clerk.EvaluateAsync("window.__sameDocument = true"); // a reload would lose this
        var before = Count(await pending.InnerTextAsync());

        // New paid trades on the platform, and a slow platform, so the download's progress can be watched.
        var admin = await app.NewPageAsync();
        await AppServer.SignInAsync(admin, "admin");
        var nowChina = DateTime.UtcNow.AddHours(8);
        var created = await admin.APIRequest.PostAsync("/sandbox/shops/demo-session-12345678/trades", new()
        {
            DataObject = new { count = 120, fromChina = nowChina.AddSeconds(-2), toChina = nowChina.AddSeconds(-1), linesPerTrade = 1 },
        });
        Assert.True(created.Ok, await created.TextAsync());
        await admin.APIRequest.PutAsync("/sandbox/faults", new() { DataObject = new { latencyMs = 700 } });
        try
        {
            var downloads = await app.NewPageAsync();
            await AppServer.SignInAsync(downloads, "manager");
            await downloads.GotoAsync("/orders/download");
            await AppServer.WaitInteractiveAsync(downloads);
            var row = downloads.GetByTestId("download-shops").Locator("tbody tr").Filter(new() { HasText = "淘宝-鸿运旗舰店" });
            await row.GetByTestId("download-now").ClickAsync();
            // While it runs: the window and the page being fetched, e.g. "11-23 09:41–09:42 第 1/2 页".
            await Expect(row.GetByTestId("download-progress")).ToContainTextAsync(new Regex(@"\d{2}:\d{2}–\d{2}:\d{2} 第 \d+/\d+ 页"));
            await Expect(downloads.Locator(".mud-snackbar").Filter(new() { HasText = "淘宝-鸿运旗舰店：新增" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await Expect(row.GetByTestId("download-progress")).ToHaveCountAsync(0); // done: the progress line goes away
        }
        finally
        {
            await admin.APIRequest.PutAsync("/sandbox/faults", new() { DataObject = new { latencyMs = 0 } });
        }

        // The clerk's queue took them in live: the count grew and the page is the same document.
        for (var waited = 0; Count(await pending.InnerTextAsync()) < before + 60 && waited < 20_000; waited += 250) await Task.Delay(250);
        Assert.True(Count(await pending.InnerTextAsync()) >= before + 60, $"待审核 went from {before} to {await pending.InnerTextAsync()}");
        Assert.True(await clerk.EvaluateAsync<bool>("window.__sameDocument === true"));
    }

    private static int Count(string tabText) => int.Parse(Regex.Match(tabText, @"\((\d+)\)").Groups[1].Value);
}
