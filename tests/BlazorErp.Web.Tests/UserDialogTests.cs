using BlazorErp.Core.Admin;
using BlazorErp.Web.Components.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BlazorErp.Web.Tests;

/// <summary>
/// The admin's "new user" form (MudForm + the Core validator + the CreateUser handler) on a real SQLite
/// database: field messages in Chinese, Identity's password policy shown in the dialog, and a created user.
/// </summary>
public sealed class UserDialogTests : IAsyncLifetime
{
    private ErpBunitContext _ctx = default!;
    private IDialogReference _dialog = default!;

    public async Task InitializeAsync()
    {
        _ctx = await ErpBunitContext.CreateAsync();
        _dialog = await _ctx.ShowAsync<UserDialog>();
    }

    private async Task<int> UserCountAsync()
    {
        await using var db = await _ctx.DbAsync();
        return await db.Users.CountAsync();
    }

    [Fact]
    public async Task Saving_an_empty_form_shows_field_messages_in_Chinese_and_creates_nothing()
    {
        _ctx.Click("user-save");

        _ctx.Provider.WaitForAssertion(() => Assert.Contains("不能为空", _ctx.Provider.Markup));
        var messages = _ctx.Provider.FindAll(".mud-input-error").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains("'用户名' 不能为空。", messages);
        Assert.Contains("'姓名' 不能为空。", messages);
        Assert.False(_dialog.Result.IsCompleted);
        Assert.Equal(0, await UserCountAsync());
    }

    [Fact]
    public async Task A_user_name_with_spaces_gets_the_specific_message()
    {
        _ctx.Fill("user-name", "zhang san");
        _ctx.Click("user-save");

        _ctx.Provider.WaitForAssertion(() => Assert.Contains("用户名只能包含文字（中文或字母）、数字和 . _ -", _ctx.Provider.Markup));
        Assert.Equal(0, await UserCountAsync());
    }

    [Fact]
    public async Task A_password_breaking_the_policy_is_explained_in_the_dialog()
    {
        _ctx.Fill("user-name", "lisi");
        _ctx.Fill("user-password", "onlyletters");
        _ctx.Fill("user-display-name", "李四");
        _ctx.Provider.Find("input[data-role=Warehouse]").Change(true);
        _ctx.Click("user-save");

        _ctx.Provider.WaitForAssertion(() => Assert.Contains("密码必须包含至少一个数字", _ctx.Provider.Find("[data-testid=user-dialog-error]").TextContent));
        Assert.False(_dialog.Result.IsCompleted);
        Assert.Equal(0, await UserCountAsync());
    }

    [Fact]
    public async Task A_valid_form_creates_the_user_with_the_chosen_roles_and_closes()
    {
        _ctx.Fill("user-name", "lisi");
        _ctx.Fill("user-password", "warehouse88");
        _ctx.Fill("user-display-name", "李四");
        _ctx.Provider.Find("input[data-role=Warehouse]").Change(true);
        _ctx.Click("user-save");

        var result = await _dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(result!.Canceled);
        await using var scope = _ctx.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ErpUser>>();
        var created = await users.FindByNameAsync("lisi");
        Assert.Equal("李四", created!.DisplayName);
        Assert.Equal([Role.Warehouse], await users.GetRolesAsync(created));
    }

    public async Task DisposeAsync() => await _ctx.DisposeAsync();
}
