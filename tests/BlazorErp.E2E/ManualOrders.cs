using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorErp.E2E;

/// <summary>Enters an order on 手工建单 as a clerk would, for tests that need an order of their own.</summary>
public static class ManualOrders
{
    public static async Task CreateAsync(IPage page, string buyer, string[] region, string address, string lines)
    {
        await page.GotoAsync("/orders/new");
        await AppServer.WaitInteractiveAsync(page);
        await page.GetByTestId("mo-buyer").FillAsync(buyer);
        await page.GetByTestId("mo-name").FillAsync("赵六");
        await page.GetByTestId("mo-mobile").FillAsync("13900001111");
        await page.GetByTestId("mo-address").FillAsync(address);
        await page.GetByTestId("mo-lines").FillAsync(lines);
        await page.GetByTestId("mo-lines").PressAsync("Tab"); // fields commit on change (blur)
        string[] labels = ["省份", "城市", "区县"];
        for (var level = 0; level < region.Length; level++)
        {
            await page.GetByLabel(labels[level]).ClickAsync();
            var option = page.GetByRole(AriaRole.Option, new() { Name = region[level], Exact = true });
            await option.ClickAsync();
            await Expect(option).ToBeHiddenAsync(); // the choice is taken
        }
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
    }
}
