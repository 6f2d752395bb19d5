using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorErp.E2E;

/// <summary>After-sales in the browser: an exchange registered, received at the desk by keyboard, its new order live in review.</summary>
[Collection(nameof(AppCollection))]
public class AfterSalesTests(AppServer app)
{
    [Fact]
    public async Task An_exchange_for_a_shipped_demo_order_is_received_by_typing_and_its_new_order_appears_live_in_review()
    {
        const string buyer = "小周爱吃虾"; // a shipped order of the demo merchant
        var tracking = "YT" + Random.Shared.NextInt64(10_000_000, 99_999_999);

        // Another clerk already watches the review queue for this buyer: nothing pending yet.
        var clerk = await app.NewPageAsync();
        await AppServer.SignInAsync(clerk, "reviewer2");
        await clerk.GotoAsync("/orders/review");
        await AppServer.WaitInteractiveAsync(clerk);
        await clerk.GetByTestId("review-search").FillAsync(buyer);
        var pending = clerk.GetByTestId("review-grid").Locator("tbody tr").Filter(new() { HasText = buyer });
        await Expect(pending).ToHaveCountAsync(0);

        // 退换登记: find the order by the buyer's nick, 换货, one item back, the same goods out again.
        var service = await app.NewPageAsync();
        await AppServer.SignInAsync(service, "aftersales");
        await service.GotoAsync("/after-sales/register");
        await AppServer.WaitInteractiveAsync(service);
        await service.GetByTestId("register-search").FillAsync(buyer);
        await service.GetByTestId("register-search").PressAsync("Enter");
        var found = service.GetByTestId("register-orders").Locator("tbody tr").Filter(new() { HasText = "已发货" });
        await Expect(found).ToHaveCountAsync(1);
        await found.GetByTestId("pick-order").ClickAsync();
        var form = service.GetByTestId("register-form");
        await form.GetByTestId("type-Exchange").ClickAsync();
        await form.GetByTestId("return-courier").FillAsync("圆通");
        await form.GetByTestId("return-tracking").FillAsync(tracking);
        await form.GetByTestId("qty-0").FillAsync("1");
        await form.GetByTestId("qty-0").PressAsync("Tab");
        await form.GetByTestId("copy-returned").ClickAsync();
        await Expect(form.GetByTestId("out-code")).ToHaveCountAsync(1);
        var code = await form.GetByTestId("out-code").InputValueAsync();
        await form.GetByTestId("register-save").ClickAsync();
        await Expect(service).ToHaveURLAsync(new Regex("/after-sales/cases\\?case=\\d+"));
        var detail = service.GetByTestId("case-detail");
        await Expect(detail).ToContainTextAsync("换货 · 待退回");

        // 退货收货: the parcel arrives; the desk types the tracking number, an unknown item, the right one, and F9.
        var desk = await app.NewPageAsync();
        await AppServer.SignInAsync(desk, "warehouse");
        await desk.GotoAsync("/after-sales/receive");
        await AppServer.WaitInteractiveAsync(desk);
        var scan = desk.GetByTestId("receive-scan");
        var message = desk.GetByTestId("receive-message");
        await scan.FillAsync(tracking.ToLowerInvariant());
        await scan.PressAsync("Enter");
        await Expect(message).ToContainTextAsync("请扫描货品");
        // The after-sales clerk's open case moved to 已收货待质检 without a reload.
        await Expect(detail).ToContainTextAsync("已收货待质检");
        await scan.FillAsync("NOT-IN-THIS-PARCEL");
        await scan.PressAsync("Enter");
        await Expect(message).ToContainTextAsync("不在售后单");
        await scan.FillAsync(code);
        await scan.PressAsync("Enter");
        await Expect(message).ToContainTextAsync("良品，已收 1 件");
        await scan.PressAsync("F9");
        await Expect(message).ToContainTextAsync(new Regex(@"换货订单 \d+ 已进入订单审核"));
        var newOrder = Regex.Match(await message.InnerTextAsync(), @"换货订单 (\d+)").Groups[1].Value;

        // The exchange's order reached the other clerk's review queue live, and the case is done.
        await Expect(pending).ToHaveCountAsync(1);
        await Expect(pending.First).ToContainTextAsync(newOrder);
        await Expect(detail).ToContainTextAsync("已完成");
        await Expect(detail.GetByTestId("case-new-order")).ToContainTextAsync(newOrder);

        // The same parcel again is refused, naming who received it.
        await scan.FillAsync(tracking);
        await scan.PressAsync("Enter");
        await Expect(message).ToContainTextAsync("不能重复收货");
    }
}
