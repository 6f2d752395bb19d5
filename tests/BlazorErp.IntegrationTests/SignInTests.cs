using System.Net;
using BlazorErp.Core.Admin.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.IntegrationTests;

public class SignInTests(ErpFactory app) : IClassFixture<ErpFactory>
{
    private static async Task<string> MessageOf(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task Demo_account_signs_in_and_lands_on_its_return_url()
    {
        var client = app.Browser();
        var response = await ErpFactory.PostLoginAsync(client, "warehouse", SeedIdentity.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("李四", await MessageOf(home));
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_Chinese_message_and_five_lock_the_account()
    {
        await CreateUserAsync("lockme");
        var client = app.Browser();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var response = await ErpFactory.PostLoginAsync(client, "lockme", "wrong-password1");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("用户名或密码错误", await MessageOf(response));
        }

        var fifth = await ErpFactory.PostLoginAsync(client, "lockme", "wrong-password1");
        Assert.Contains("账户已被锁定", await MessageOf(fifth));

        // Locked means locked: even the right password is refused now.
        var right = await ErpFactory.PostLoginAsync(client, "lockme", "right-pass1");
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("账户已被锁定", await MessageOf(right));

        // The admin's password reset lifts the lockout.
        var userId = (await app.AsUserAsync("admin", sp => sp.GetRequiredService<ListUsers>().HandleAsync("lockme"))).Single().Id;
        Assert.True((await app.AsUserAsync("admin", sp => sp.GetRequiredService<ResetPassword>().HandleAsync(userId, "new-pass22"))).Succeeded);
        Assert.Equal(HttpStatusCode.Redirect, (await ErpFactory.PostLoginAsync(app.Browser(), "lockme", "new-pass22")).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_is_Chinese_even_for_a_browser_set_to_English_while_the_api_follows_the_header()
    {
        var browser = app.Browser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var page = await browser.GetStringAsync("/account/login");
        Assert.Contains("<html lang=\"zh-CN\"", page);
        Assert.DoesNotContain("Sign in", page);

        var api = await browser.GetAsync("/api/v1/me"); // no key: the error in the caller's language
        Assert.Contains("API key", await api.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Staff_may_sign_in_with_a_chinese_user_name_but_not_with_spaces_in_it()
    {
        await CreateUserAsync("张三丰");
        Assert.Equal(HttpStatusCode.Redirect, (await ErpFactory.PostLoginAsync(app.Browser(), "张三丰", "right-pass1")).StatusCode);

        var spaced = await app.AsUserAsync("admin", sp => sp.GetRequiredService<CreateUser>().HandleAsync(new CreateUserInput
        {
            UserName = "张 三", DisplayName = "张三", Password = "right-pass1", Roles = [Core.Admin.Role.Warehouse],
        }));
        Assert.Equal("Validation.Failed", spaced.Error?.Code);
    }

    [Fact]
    public async Task Unknown_user_gets_the_same_message_as_a_wrong_password()
    {
        var response = await ErpFactory.PostLoginAsync(app.Browser(), "nobody-here", "whatever1");
        Assert.Contains("用户名或密码错误", await MessageOf(response));
    }

    [Fact]
    public async Task Disabled_user_is_told_so_and_their_open_session_ends()
    {
        var userId = await CreateUserAsync("leaver");
        var session = await app.SignedInAsync("leaver", "right-pass1");
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/")).StatusCode);

        Assert.True((await app.AsUserAsync("admin", sp => sp.GetRequiredService<SetUserDisabled>().HandleAsync(userId, true))).Succeeded);

        var again = await ErpFactory.PostLoginAsync(app.Browser(), "leaver", "right-pass1");
        Assert.Contains("该账户已停用", await MessageOf(again));
        // Without the password nobody learns that the account exists.
        var guess = await ErpFactory.PostLoginAsync(app.Browser(), "leaver", "a-guess-123");
        Assert.DoesNotContain("该账户已停用", await MessageOf(guess));
        Assert.Contains("用户名或密码错误", await MessageOf(guess));
        // The security stamp changed: the old cookie no longer opens pages.
        var stale = await session.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Contains("/account/login", stale.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_stale_or_tampered_cookie_sends_the_user_to_sign_in_with_an_expiry_message()
    {
        var client = app.Browser();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Identity.Application=CfDJ8-expired-or-forged");

        var response = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var login = response.Headers.Location!.OriginalString;
        Assert.Contains("reason=expired", login);
        var page = await MessageOf(await app.Browser().GetAsync(login));
        Assert.Contains("登录已过期", page);
    }

    [Fact]
    public async Task Signed_in_user_without_the_role_is_refused_with_403_page()
    {
        var finance = await app.SignedInAsync("finance");
        var response = await finance.GetAsync("/admin/users");
        Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString);

        var denied = await finance.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("无权访问", await MessageOf(denied));
    }

    [Fact]
    public async Task Sign_in_sets_the_users_language_and_English_users_get_English_pages()
    {
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<CreateUser>().HandleAsync(new CreateUserInput
        {
            UserName = "english", DisplayName = "Emma", Password = "right-pass1", Roles = [Core.Admin.Role.Manager], Culture = "en-US",
        }));
        var client = await app.SignedInAsync("english", "right-pass1");

        var home = await MessageOf(await client.GetAsync("/"));
        Assert.Contains("Hello, Emma", home);
        Assert.Contains("lang=\"en-US\"", home);
    }

    private async Task<string> CreateUserAsync(string userName)
    {
        var result = await app.AsUserAsync("admin", sp => sp.GetRequiredService<CreateUser>().HandleAsync(new CreateUserInput
        {
            UserName = userName, DisplayName = "测试" + userName, Password = "right-pass1", Roles = [Core.Admin.Role.ReviewClerk],
        }));
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Value!;
    }
}
