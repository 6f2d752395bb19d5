using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorErp.E2E;

[Collection(nameof(AppCollection))]
public class FoundationTests(AppServer app)
{
    [Fact]
    public async Task Admin_signs_in_in_Chinese_creates_a_user_switches_to_English_and_signs_out()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await Expect(page.Locator("label[for=username]")).ToHaveTextAsync("用户名");

        await AppServer.SignInAsync(page, "admin");
        await Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync("王芳");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "王芳，您好" })).ToBeVisibleAsync();
        // The README's picture of the shell, retaken when the menu changes: BLAZORERP_SCREENSHOT=wwwroot-assets/screenshots/shell-zh-CN.png
        if (Environment.GetEnvironmentVariable("BLAZORERP_SCREENSHOT") is { Length: > 0 } screenshot)
            await page.ScreenshotAsync(new() { Path = screenshot });

        await page.GetByTestId("nav-menu").GetByRole(AriaRole.Link, new() { Name = "用户管理" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/users$"));
        await page.GetByTestId("create-user").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("用户名").FillAsync("zhouqiang");
        await dialog.GetByLabel("密码").FillAsync("warehouse88");
        await dialog.GetByLabel("姓名").FillAsync("周强");
        await dialog.GetByLabel("仓库").CheckAsync();
        await dialog.GetByTestId("user-save").ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "zhouqiang" });
        await Expect(row).ToContainTextAsync("周强");
        await Expect(row).ToContainTextAsync("仓库");

        await page.GetByTestId("switch-language").ClickAsync();
        await AppServer.WaitInteractiveAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Users" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("sign-out")).ToHaveTextAsync("Sign out");

        await page.GetByTestId("sign-out").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await Expect(page.Locator("label[for=username]")).ToHaveTextAsync("User name");

        // The console log records the requests, never what was typed as a password.
        Assert.Contains("/account/login", app.Log);
        Assert.DoesNotContain(AppServer.DemoPassword, app.Log);
        Assert.DoesNotContain("warehouse88", app.Log);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        // An account of its own: the demo accounts must stay usable for the other tests, in whatever order they run.
        var admin = await app.NewPageAsync();
        await AppServer.SignInAsync(admin, "admin");
        await admin.GotoAsync("/admin/users");
        await AppServer.WaitInteractiveAsync(admin);
        await admin.GetByTestId("create-user").ClickAsync();
        var dialog = admin.GetByTestId("user-dialog");
        await admin.GetByTestId("user-name").FillAsync("suoding");
        await admin.GetByTestId("user-password").FillAsync(AppServer.DemoPassword);
        await admin.GetByTestId("user-display-name").FillAsync("锁定测试");
        await admin.GetByTestId("user-roles").Locator("input[type=checkbox]").First.CheckAsync();
        await admin.GetByTestId("user-save").ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "suoding" })).ToHaveCountAsync(1);

        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await page.FillAsync("#username", "suoding");
            await page.FillAsync("#password", "not-the-password" + attempt);
            await page.ClickAsync("[data-testid=sign-in]");
            await Expect(page.GetByTestId("login-message")).ToBeVisibleAsync();
        }
        await Expect(page.GetByTestId("login-message")).ToContainTextAsync("账户已被锁定");

        // Even the right password is refused while locked.
        await page.FillAsync("#username", "suoding");
        await page.FillAsync("#password", AppServer.DemoPassword);
        await page.ClickAsync("[data-testid=sign-in]");
        await Expect(page.GetByTestId("login-message")).ToContainTextAsync("账户已被锁定");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
    }

    [Fact]
    public async Task A_warehouse_clerk_sees_only_their_stations_and_F3_opens_printing()
    {
        var page = await app.NewPageAsync();
        await AppServer.SignInAsync(page, "warehouse");

        var menu = page.GetByTestId("nav-menu");
        await Expect(menu).ToContainTextAsync("打印发货");
        await Expect(menu).Not.ToContainTextAsync("系统");
        await Expect(menu).Not.ToContainTextAsync("订单审核");

        await page.Keyboard.PressAsync("F3");
        await Expect(page).ToHaveURLAsync(new Regex("/printing/batches$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "单据打印" })).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("F2");
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("无权打开「订单审核」");
        await Expect(page).ToHaveURLAsync(new Regex("/printing/batches$"));
    }
}
