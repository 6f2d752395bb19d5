using System.Globalization;
using System.Security.Claims;
using BlazorErp.Core.Admin;
using BlazorErp.Core.Common;
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
/// A bUnit context with the product's real services on a fresh SQLite file (migrated, roles created),
/// acting as an admin, in Chinese, with a MudDialogProvider to open the dialog under test in.
/// Held in a field, not inherited (MudBlazor's services only dispose asynchronously).
/// </summary>
public sealed class ErpBunitContext : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("blazorerp-bunit-").FullName;

    public BunitContext Bunit { get; } = new();
    public IRenderedComponent<MudDialogProvider> Provider { get; private set; } = default!;
    public IServiceProvider Services => Bunit.Services;

    public static async Task<ErpBunitContext> CreateAsync()
    {
        // The clerk's UI language, for every thread the renderer and validators run on.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = new CultureInfo("zh-CN");
        var context = new ErpBunitContext();
        var bunit = context.Bunit;
        bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:SqlitePath"] = Path.Combine(context._folder, "erp.db"),
        }).Build();
        bunit.Services.AddMudServices();
        bunit.Services.AddErpLocalization();
        bunit.Services.AddErpDatabase(configuration, context._folder);
        bunit.Services.AddErpFeatures();
        bunit.Services.AddErpUserStore();
        // No platform in component tests: the TOP client points at a closed local port, so a call would fail loudly.
        bunit.Services.AddScoped<Realtime.CircuitClaims>();
        bunit.Services.AddSingleton(new Core.Platforms.Top.TopClientOptions());
        bunit.Services.AddHttpClient<Core.Platforms.Top.TopClient>(http => http.BaseAddress = new Uri("http://127.0.0.1:9/"));

        await DatabaseSetup.MigrateAsync(bunit.Services, configuration, context._folder);
        await using (var scope = bunit.Services.CreateAsyncScope())
            foreach (var role in Role.All)
                await scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>().CreateAsync(new IdentityRole(role));
        bunit.Services.GetRequiredService<CurrentUser>().Principal =
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, Role.Admin)], "test"));
        context.Provider = bunit.Render<MudDialogProvider>();
        return context;
    }

    /// <summary>From now on act as a member of staff holding only <paramref name="role"/> (for pages that hide what the role may not do).</summary>
    public void ActAs(string userName, string role) =>
        Services.GetRequiredService<CurrentUser>().Principal =
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, userName), new Claim(ClaimTypes.Role, role)], "test"));

    public async Task<IDialogReference> ShowAsync<TDialog>(DialogParameters? parameters = null) where TDialog : Microsoft.AspNetCore.Components.IComponent
    {
        IDialogReference? dialog = null;
        var dialogs = Services.GetRequiredService<IDialogService>();
        await Provider.InvokeAsync(async () => dialog = await dialogs.ShowAsync<TDialog>("", parameters ?? new DialogParameters()));
        return dialog!;
    }

    /// <summary>Types into a MudBlazor field as the browser would (input or change, whichever it listens to).</summary>
    public void Fill(string testId, string value)
    {
        var input = Provider.Find($"input[data-testid={testId}]");
        if (input.HasAttribute("blazor:oninput")) input.Input(value); else input.Change(value);
    }

    public void Click(string testId) => Provider.Find($"[data-testid={testId}]").Click();

    public async Task<ErpDbContext> DbAsync() =>
        await Services.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await Bunit.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } // best effort on a temp folder
    }
}
