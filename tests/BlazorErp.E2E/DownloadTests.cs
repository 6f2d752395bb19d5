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
        // whether this click or the scheduled download fetched them first.
        await Expect(row.GetByTestId("raw-count")).ToHaveTextAsync("60");
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
}
