using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorErp.E2E;

/// <summary>Two clerks on the live review queue, each in a browser context of their own.</summary>
[Collection(nameof(AppCollection))]
public class ReviewQueueTests(AppServer app)
{
    private static async Task<ILocator> OpenQueueAsync(IPage page, string search, string tab = "Pending")
    {
        await page.GotoAsync("/orders/review?tab=" + tab);
        await AppServer.WaitInteractiveAsync(page);
        await page.GetByTestId("review-search").FillAsync(search);
        return page.GetByTestId("review-grid").Locator("tbody tr").Filter(new() { HasText = search });
    }

    [Fact]
    public async Task A_clerk_holding_an_order_blocks_the_other_who_sees_it_live_and_the_split_and_approval_reach_both_without_reload()
    {
        var buyer = "审单E2E-" + Guid.NewGuid().ToString("N")[..6];
        var a = await app.NewPageAsync();
        await AppServer.SignInAsync(a, "reviewer");   // 张三
        await ManualOrders.CreateAsync(a, buyer, ["湖北省", "武汉市", "江汉区"], "新华路 218 号", "XIA-LX-500 2\nOUDAI-300 3");
        var b = await app.NewPageAsync();
        await AppServer.SignInAsync(b, "reviewer2");  // 李娜

        var rowsA = await OpenQueueAsync(a, buyer);
        var rowsB = await OpenQueueAsync(b, buyer);
        await Expect(rowsA).ToHaveCountAsync(1);
        await Expect(rowsB).ToHaveCountAsync(1);

        // 张三 opens the order: 李娜 sees his claim on the row, live.
        await rowsA.First.ClickAsync();
        var editorA = a.GetByTestId("review-editor");
        await Expect(editorA.GetByTestId("review-approve")).ToBeVisibleAsync();
        await Expect(rowsB.First.GetByTestId("row-claim")).ToContainTextAsync("张三 正在处理");

        // 李娜 opens it too: told who holds it, nothing editable, no approve.
        await rowsB.First.ClickAsync();
        var editorB = b.GetByTestId("review-editor");
        await Expect(editorB.GetByTestId("claim-banner")).ToContainTextAsync("张三 正在处理");
        await Expect(editorB.GetByTestId("edit-name")).ToBeDisabledAsync(); // MudTextField puts the test id on its input
        await Expect(editorB.GetByTestId("review-approve")).ToHaveCountAsync(0);
        await editorB.GetByTestId("review-close").ClickAsync();

        // 张三 splits the 泡藕带 off (the manual's example: the shrimp ships now): two orders, in both queues.
        await editorA.GetByTestId("review-split").ClickAsync();
        await editorA.GetByTestId("split-qty-1").FillAsync("3");
        await editorA.GetByTestId("split-qty-1").PressAsync("Tab");
        await editorA.GetByTestId("split-confirm").ClickAsync();
        await Expect(a.Locator(".mud-snackbar")).ToContainTextAsync(new Regex("已拆分，新订单 \\d+"));
        await Expect(rowsB).ToHaveCountAsync(2);
        await Expect(rowsB.Filter(new() { HasText = "XIA-LX-500×2" })).ToHaveCountAsync(1);
        await Expect(rowsB.Filter(new() { HasText = "OUDAI-300×3" })).ToHaveCountAsync(1);
        await Expect(rowsB.Filter(new() { HasText = "XIA-LX-500×2" }).GetByTestId("row-claim")).ToContainTextAsync("张三");

        // 张三 approves the shrimp order: it leaves 李娜's 待审核 list without a reload.
        await editorA.GetByTestId("review-approve").ClickAsync();
        await Expect(a.Locator(".mud-snackbar").Filter(new() { HasText = "审核通过" })).ToBeVisibleAsync();
        await Expect(rowsB).ToHaveCountAsync(1);
        await Expect(rowsB.First).ToContainTextAsync("OUDAI-300×3");
        await Expect(rowsB.First.GetByTestId("row-claim")).ToHaveCountAsync(0); // the claim went with the closed editor

        // 张三 opens the 泡藕带 order and then simply closes his browser: 李娜 does not wait minutes for his claim to lapse.
        await rowsA.Filter(new() { HasText = "OUDAI-300×3" }).ClickAsync();
        await Expect(a.GetByTestId("review-editor").GetByTestId("review-approve")).ToBeVisibleAsync();
        await Expect(rowsB.First.GetByTestId("row-claim")).ToContainTextAsync("张三 正在处理");
        await a.Context.CloseAsync();
        await Expect(rowsB.First.GetByTestId("row-claim")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_order_to_xinjiang_is_parked_in_the_remote_area_tab()
    {
        var buyer = "超区E2E-" + Guid.NewGuid().ToString("N")[..6];
        var page = await app.NewPageAsync();
        await AppServer.SignInAsync(page, "reviewer2");
        await ManualOrders.CreateAsync(page, buyer, ["新疆维吾尔自治区", "乌鲁木齐市", "天山区"], "解放北路 1 号", "OUDAI-300 1");

        var remote = await OpenQueueAsync(page, buyer, "RemoteArea");
        await Expect(remote).ToHaveCountAsync(1); // the checks parked it as soon as it arrived
        await Expect(remote.First).ToContainTextAsync("超区订单");
        await Expect(page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex(@"^超区 \([1-9]\d*\)$") })).ToBeVisibleAsync(); // the tab counts it
    }
}
