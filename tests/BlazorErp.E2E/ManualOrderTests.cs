using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorErp.E2E;

[Collection(nameof(AppCollection))]
public class ManualOrderTests(AppServer app)
{
    [Fact]
    public async Task A_clerk_enters_a_phone_order_by_barcode_and_finds_it_waiting_for_review()
    {
        var page = await app.NewPageAsync();
        await AppServer.SignInAsync(page, "reviewer");
        await page.GotoAsync("/orders/new");
        await AppServer.WaitInteractiveAsync(page);

        await page.GetByTestId("mo-buyer").FillAsync("电话订单-王先生");
        await page.GetByTestId("mo-name").FillAsync("王先生");
        await page.GetByTestId("mo-mobile").FillAsync("1380027");
        await page.GetByTestId("mo-address").FillAsync("江汉路 100 号");
        await page.GetByTestId("mo-lines").FillAsync("OUDAI-300 2");
        await page.GetByTestId("mo-save").ClickAsync();
        await Expect(page.GetByTestId("mo-error")).ToContainTextAsync("手机号格式不对");

        await page.GetByTestId("mo-mobile").FillAsync("13800271234");
        await page.GetByTestId("mo-mobile").PressAsync("Tab"); // fields commit on change (blur)
        await page.GetByLabel("省份").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "湖北省" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "湖北省" })).ToBeHiddenAsync(); // the choice is taken
        await page.GetByTestId("mo-save").ClickAsync();

        try
        {
            await Expect(page).ToHaveURLAsync(new Regex("/orders/search$"));
        }
        catch (PlaywrightException)
        {
            var reason = await page.GetByTestId("mo-error").IsVisibleAsync() ? await page.GetByTestId("mo-error").InnerTextAsync() : "(no message)";
            Assert.Fail("the form refused the order: " + reason);
        }
        await AppServer.WaitInteractiveAsync(page);
        await page.GetByTestId("order-search").FillAsync("电话订单-王先生");
        var grid = page.GetByTestId("orders-grid");
        await Expect(grid).ToContainTextAsync("王先生");
        await Expect(grid).ToContainTextAsync("待审核");
    }
}
