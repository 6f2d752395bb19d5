using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using BlazorErp.Core.Admin.Features;
using BlazorErp.Core.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BlazorErp.IntegrationTests;

/// <summary>
/// The real web host on a fresh SQLite file of its own (migrations applied from empty, demo accounts
/// seeded as on a developer's first run). One per test class.
/// </summary>
public sealed partial class ErpFactory : WebApplicationFactory<Program>
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("blazorerp-it-").FullName;
    public string DatabasePath => Path.Combine(Folder, "erp.db");
    /// <summary>Demo accounts are always seeded; the demo merchant (≈200 SKUs and stock) only for classes that need it.</summary>
    public bool SeedMerchant { get; init; }
    /// <summary>Further configuration, e.g. where the platform router is.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SqlitePath", DatabasePath);
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(Folder, "keys"));
        builder.UseSetting("Demo:Merchant", SeedMerchant ? "true" : "false");
        builder.UseSetting("Platforms:AutoDownload", "false"); // tests download explicitly
        builder.UseSetting("Review:AutoPrepare", "false"); // and run the review preparation explicitly
        builder.UseSetting("Printing:Worker", "false");    // and render print batches explicitly
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>
    /// Hosts are built one at a time in this process: WebApplicationFactory finds the app's host by listening for any host
    /// being built, so a platform stand-in built at the same moment (another test class) could be taken for it.
    /// </summary>
    public static readonly object HostBuilding = new();

    protected override IHost CreateHost(IHostBuilder builder)
    {
        lock (HostBuilding) return base.CreateHost(builder);
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the real login form (antiforgery token included), as a browser would.</summary>
    public async Task<HttpClient> SignedInAsync(string userName, string password = SeedIdentity.DemoPassword)
    {
        var client = Browser();
        var response = await PostLoginAsync(client, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in of {userName} failed: {(int)response.StatusCode}");
        return client;
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password)
    {
        var page = await client.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>Runs a Core use case in a DI scope acting as the given user (by user name), as a page would.</summary>
    public async Task<T> AsUserAsync<T>(string userName, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync())
        {
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
            var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.UserName!), new Claim(CurrentUser.DisplayNameClaim, user.DisplayName), .. roles.Select(r => new Claim(ClaimTypes.Role, r))],
                "test"));
        }
        return await work(scope.ServiceProvider);
    }

    public async Task<ErpDbContext> DbAsync() =>
        await Services.GetRequiredService<IServiceScopeFactory>().CreateScope().ServiceProvider
            .GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } // best effort on a temp folder
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
