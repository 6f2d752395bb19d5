using System.Security.Claims;
using BlazorErp.Core.Common;
using BlazorErp.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.E2E;

/// <summary>
/// Core's use cases in-process on the running app's SQLite file (WAL: the app keeps working meanwhile), for setting up what a
/// browser test needs but does not test — e.g. parcels shipped so finance has something to reconcile.
/// </summary>
public sealed class AppDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public AppDatabase(string dataFolder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:SqlitePath"] = Path.Combine(dataFolder, "erp.db"),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddErpLocalization();
        services.AddErpDatabase(configuration, dataFolder);
        services.AddErpFeatures();
        services.AddErpUserStore();
        services.AddSingleton<Core.MasterData.ISecretProtector, DataProtectionSecretProtector>();
        _services = services.BuildServiceProvider();
    }

    /// <summary>Runs a use case in a scope acting as the given user, as a page's circuit would.</summary>
    public async Task<T> AsAsync<T>(string user, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, user)], "e2e"));
        return await work(scope.ServiceProvider);
    }

    public Task<ErpDbContext> DbAsync() => _services.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
