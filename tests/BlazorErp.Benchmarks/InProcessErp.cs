using System.Security.Claims;
using BlazorErp.Core.Common;
using BlazorErp.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BlazorErp.Benchmarks;

/// <summary>Core's real services on a fresh SQLite file (WAL, migrated), for scenarios that measure use cases without HTTP.</summary>
public sealed class InProcessErp : IAsyncDisposable
{
    private readonly string _folder;
    private readonly ServiceProvider _services;

    public string DatabasePath => Path.Combine(_folder, "erp.db");
    public IServiceProvider Services => _services;

    private InProcessErp(ServiceProvider services, string folder) => (_services, _folder) = (services, folder);

    public static async Task<InProcessErp> CreateAsync(Action<IServiceCollection>? extra = null)
    {
        var services = new ServiceCollection();
        var folder = Directory.CreateTempSubdirectory("blazorerp-bench-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:SqlitePath"] = Path.Combine(folder, "erp.db"),
        }).Build();
        services.AddLogging(logging =>
        {
            // BENCH_SQL=1 prints every SQL command (to read query plans of a scenario's queries).
            if (Environment.GetEnvironmentVariable("BENCH_SQL") == "1")
                logging.AddSimpleConsole().AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information).AddFilter("Microsoft", LogLevel.Warning);
            if (Environment.GetEnvironmentVariable("BENCH_SQL") == "2") // query compilations (cache misses)
                logging.AddSimpleConsole().AddFilter("Microsoft.EntityFrameworkCore.Query", LogLevel.Debug).AddFilter("Microsoft", LogLevel.Warning);
        });
        services.AddErpLocalization();
        services.AddErpDatabase(configuration, folder);
        services.AddErpFeatures();
        services.AddErpUserStore();
        services.AddSingleton<Core.MasterData.ISecretProtector, DataProtectionSecretProtector>();
        extra?.Invoke(services);
        var erp = new InProcessErp(services.BuildServiceProvider(), folder);
        await DatabaseSetup.MigrateAsync(erp._services, configuration, folder);
        return erp;
    }

    /// <summary>A DI scope acting as a named user, as a page's circuit would; "admin" holds the Admin role (goods-master writes need it).</summary>
    public AsyncServiceScope Scope(string user = "bench")
    {
        var scope = _services.CreateAsyncScope();
        Claim[] roles = user == "admin" ? [new Claim(ClaimTypes.Role, Core.Admin.Role.Admin)] : [];
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal =
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, user), .. roles], "bench"));
        return scope;
    }

    public async Task<ErpDbContext> DbAsync() =>
        await _services.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } // best effort on a temp folder
    }
}
