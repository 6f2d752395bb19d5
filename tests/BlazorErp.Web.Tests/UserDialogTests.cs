using System.Globalization;
using System.Security.Claims;
using BlazorErp.Core.Admin;
using BlazorErp.Core.Common;
using BlazorErp.Web.Components.Admin;
using BlazorErp.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace BlazorErp.Web.Tests;

/// <summary>
/// The admin's "new user" form (MudForm + the Core validator + the CreateUser handler) on a real SQLite
/// database: field messages in Chinese, Identity's password policy shown in the dialog, and a created user.
/// </summary>
public sealed class UserDialogTests : IAsyncLifetime
{
    private readonly BunitContext _ctx = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("blazorerp-bunit-").FullName;
    private IDialogReference? _dialog;
    private IRenderedComponent<MudDialogProvider> _provider = default!;

    public async Task InitializeAsync()
    {
        // The clerk's UI language, for every thread the renderer and validators run on.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = new CultureInfo("zh-CN");
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:SqlitePath"] = Path.Combine(_folder, "erp.db"),
        }).Build();
        _ctx.Services.AddMudServices();
        _ctx.Services.AddErpLocalization();
        _ctx.Services.AddErpDatabase(configuration, _folder);
        _ctx.Services.AddErpFeatures();
        _ctx.Services.AddErpUserStore();

        await DatabaseSetup.MigrateAsync(_ctx.Services, configuration, _folder);
        await using var scope = _ctx.Services.CreateAsyncScope();
        foreach (var role in Role.All)
            await scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>().CreateAsync(new IdentityRole(role));
        _ctx.Services.GetRequiredService<CurrentUser>().Principal =
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin")], "test"));

        _provider = _ctx.Render<MudDialogProvider>();
        var dialogs = _ctx.Services.GetRequiredService<IDialogService>();
        await _provider.InvokeAsync(async () => _dialog = await dialogs.ShowAsync<UserDialog>("新建用户"));
    }

    private void Fill(string testId, string value)
    {
        var input = _provider.Find($"input[data-testid={testId}]");
        if (input.HasAttribute("blazor:oninput")) input.Input(value); else input.Change(value);
    }

    private void Save() => _provider.Find("[data-testid=user-save]").Click();

    private async Task<int> UserCountAsync()
    {
        await using var db = await _ctx.Services.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
        return await db.Users.CountAsync();
    }

    [Fact]
    public async Task Saving_an_empty_form_shows_field_messages_in_Chinese_and_creates_nothing()
    {
        Save();

        _provider.WaitForAssertion(() => Assert.Contains("不能为空", _provider.Markup));
        var messages = _provider.FindAll(".mud-input-error").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains("'用户名' 不能为空。", messages);
        Assert.Contains("'姓名' 不能为空。", messages);
        Assert.False(_dialog!.Result.IsCompleted);
        Assert.Equal(0, await UserCountAsync());
    }

    [Fact]
    public async Task A_user_name_with_spaces_gets_the_specific_message()
    {
        Fill("user-name", "zhang san");
        Save();

        _provider.WaitForAssertion(() => Assert.Contains("用户名只能包含字母、数字和 . _ -", _provider.Markup));
        Assert.Equal(0, await UserCountAsync());
    }

    [Fact]
    public async Task A_password_breaking_the_policy_is_explained_in_the_dialog()
    {
        Fill("user-name", "lisi");
        Fill("user-password", "onlyletters");
        Fill("user-display-name", "李四");
        _provider.Find("input[data-role=Warehouse]").Change(true);
        Save();

        _provider.WaitForAssertion(() => Assert.Contains("密码必须包含至少一个数字", _provider.Find("[data-testid=user-dialog-error]").TextContent));
        Assert.False(_dialog!.Result.IsCompleted);
        Assert.Equal(0, await UserCountAsync());
    }

    [Fact]
    public async Task A_valid_form_creates_the_user_with_the_chosen_roles_and_closes()
    {
        Fill("user-name", "lisi");
        Fill("user-password", "warehouse88");
        Fill("user-display-name", "李四");
        _provider.Find("input[data-role=Warehouse]").Change(true);
        Save();

        var result = await _dialog!.Result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(result!.Canceled);
        await using var scope = _ctx.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ErpUser>>();
        var created = await users.FindByNameAsync("lisi");
        Assert.Equal("李四", created!.DisplayName);
        Assert.Equal([Role.Warehouse], await users.GetRolesAsync(created));
    }

    public async Task DisposeAsync()
    {
        await _ctx.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } // best effort on a temp folder
    }
}
