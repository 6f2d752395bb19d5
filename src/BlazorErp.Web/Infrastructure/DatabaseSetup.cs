using System.Data.Common;
using BlazorErp.Core.Common;
using BlazorErp.Core.Common.Auditing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BlazorErp.Web.Infrastructure;

public enum DatabaseProvider { Sqlite, SqlServer }

/// <summary>Thrown at start-up for configuration a user must fix; the message says exactly what and how.</summary>
public sealed class ErpConfigurationException(string message) : Exception(message);

/// <summary>
/// Chooses the provider from <c>Database:Provider</c>: SQLite (default; a WAL-mode file under the data
/// folder) or SQL Server (<c>ConnectionStrings:Erp</c>), each with its own migrations assembly.
/// </summary>
public static class DatabaseSetup
{
    public const string SqliteMigrations = "BlazorErp.Migrations.Sqlite";
    public const string SqlServerMigrations = "BlazorErp.Migrations.SqlServer";

    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value)) return DatabaseProvider.Sqlite;
        // By name only: Enum.TryParse would also take "1".
        var name = Enum.GetNames<DatabaseProvider>().FirstOrDefault(n => n.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null
            ? Enum.Parse<DatabaseProvider>(name)
            : throw new ErpConfigurationException(
                $"Database:Provider '{value}' is not supported. Use 'Sqlite' (the default, an embedded file) or 'SqlServer' (with ConnectionStrings:Erp).");
    }

    /// <summary>The SQLite file: <c>Database:SqlitePath</c>, else <c>App_Data/blazorerp.db</c> under the content root.</summary>
    public static string SqlitePath(IConfiguration configuration, string contentRoot) =>
        Path.GetFullPath(configuration["Database:SqlitePath"] ?? Path.Combine("App_Data", "blazorerp.db"), contentRoot);

    public static IServiceCollection AddErpDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = ReadProvider(configuration);
        var sqlServer = configuration.GetConnectionString("Erp");
        if (provider == DatabaseProvider.SqlServer && string.IsNullOrWhiteSpace(sqlServer))
            throw new ErpConfigurationException("Database:Provider is 'SqlServer' but ConnectionStrings:Erp is empty.");
        var sqlitePath = SqlitePath(configuration, contentRoot);

        // Scoped, so each scope's contexts audit the user of that scope (request or circuit).
        services.AddDbContextFactory<ErpDbContext>((sp, options) =>
        {
            if (provider == DatabaseProvider.SqlServer)
                options.UseSqlServer(sqlServer, sql => sql.MigrationsAssembly(SqlServerMigrations).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
            else
                options.UseSqlite(SqliteConnectionString(sqlitePath), sqlite => sqlite.MigrationsAssembly(SqliteMigrations).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                    .AddInterceptors(SqlitePragmas.Instance);
            // Order matters: the audit interceptor opens the transaction the reporting rows are written in; finance posts
            // shipments and refunds just before their transaction commits, after the audit rows are written.
            options.AddInterceptors(new AuditInterceptor(sp.GetRequiredService<CurrentUser>(), sp.GetRequiredService<TimeProvider>()),
                new Core.Reporting.ReportingInterceptor(sp.GetRequiredService<CurrentUser>()),
                sp.GetRequiredService<Core.Realtime.QueuePublishingInterceptor>(), sp.GetRequiredService<Core.Finance.FinancePostingInterceptor>());
        }, ServiceLifetime.Scoped);
        // Identity's stores want a context from DI; it lives as long as the scope that asked for it.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContext());
        return services;
    }

    public static string SqliteConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();

    /// <summary>Creates the database or brings it to the newest migration; WAL lets readers work while a writer commits.</summary>
    public static async Task MigrateAsync(IServiceProvider services, IConfiguration configuration, string contentRoot)
    {
        if (ReadProvider(configuration) == DatabaseProvider.Sqlite)
            Directory.CreateDirectory(Path.GetDirectoryName(SqlitePath(configuration, contentRoot))!);
        await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    /// <summary>Per-connection SQLite settings: wait for a busy writer instead of failing, enforce foreign keys.</summary>
    private sealed class SqlitePragmas : DbConnectionInterceptor
    {
        public static readonly SqlitePragmas Instance = new();
        private const string Sql = "PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Sql;
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
            CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
