using System.Diagnostics;
using System.Net;
using BlazorErp.Core.Common;
using BlazorErp.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace BlazorErp.IntegrationTests;

public class DatabaseTests(ErpFactory app) : IClassFixture<ErpFactory>
{
    [Fact]
    public async Task Sqlite_database_is_created_by_migrations_in_WAL_mode()
    {
        _ = app.Server;
        await using var db = await app.DbAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData(DatabaseSetup.SqliteMigrations)]
    [InlineData(DatabaseSetup.SqlServerMigrations)]
    public void Model_has_no_changes_missing_from_the_migrations(string migrationsAssembly)
    {
        var options = new DbContextOptionsBuilder<ErpDbContext>();
        if (migrationsAssembly == DatabaseSetup.SqliteMigrations)
            options.UseSqlite("Data Source=:memory:", o => o.MigrationsAssembly(migrationsAssembly));
        else
            options.UseSqlServer("Server=unused;Database=unused", o => o.MigrationsAssembly(migrationsAssembly));
        using var db = new ErpDbContext(options.Options);
        Assert.False(db.Database.HasPendingModelChanges(), $"Run 'dotnet ef migrations add' for {migrationsAssembly}");
    }

    /// <summary>
    /// Every table whose rows can change after they are written carries the Version token, so a stale save fails instead
    /// of overwriting. The rest are append-only: a type with no way to change it once created (no public setter, no
    /// public method) needs none. Identity's tables keep their own ConcurrencyStamp.
    /// </summary>
    [Fact]
    public void Every_changeable_row_type_has_the_version_token()
    {
        using var db = new ErpDbContext(new DbContextOptionsBuilder<ErpDbContext>().UseSqlite("Data Source=:memory:").Options);
        var unversioned = db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && !t.HasSharedClrType && t.ClrType.Namespace?.StartsWith("BlazorErp") == true && t.FindProperty("ConcurrencyStamp") is null)
            .Where(t => t.FindProperty(nameof(Entity.Version)) is not { IsConcurrencyToken: true })
            .Where(t => CanChange(t.ClrType) && !GuardedByTheirAggregate.Contains(t.ClrType))
            .Select(t => t.ClrType.Name)
            .ToList();
        Assert.True(unversioned.Count == 0, "No Version token on: " + string.Join(", ", unversioned));
        Assert.False(CanChange(typeof(Core.Common.Auditing.AuditEntry))); // the rule really tells append-only types apart
        Assert.True(CanChange(typeof(Core.Admin.ApiKey)));
    }

    /// <summary>Rows changed only together with their aggregate's root, whose version guards them.</summary>
    private static readonly HashSet<Type> GuardedByTheirAggregate =
    [
        // compared again only when its statement is confirmed (the statement's version moves); set aside only by a later
        // import of the same content, which the unique index of live lines serialises
        typeof(Core.Finance.StatementLine),
    ];

    /// <summary>A public setter or a public command (an instance method returning nothing or a bool) can change a row.</summary>
    private static bool CanChange(Type type) =>
        type.GetProperties().Any(p => p.SetMethod is { IsPublic: true })
        || type.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
            .Any(m => !m.IsSpecialName && (m.ReturnType == typeof(void) || m.ReturnType == typeof(bool)) && m.Name != "Equals");

    [Theory]
    [InlineData("Oracle")]
    [InlineData("sqlite3")]
    [InlineData("1")]
    public void An_unknown_provider_is_a_clear_configuration_error(string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = value }).Build();
        var error = Assert.Throws<ErpConfigurationException>(() => DatabaseSetup.ReadProvider(configuration));
        Assert.Contains($"'{value}' is not supported", error.Message);
        Assert.Contains("'Sqlite'", error.Message);
    }

    [Fact]
    public void SqlServer_without_a_connection_string_is_refused_before_anything_is_written()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "SqlServer" }).Build();
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        var error = Assert.Throws<ErpConfigurationException>(() => services.AddErpDatabase(configuration, Path.GetTempPath()));
        Assert.Contains("ConnectionStrings:Erp", error.Message);
    }

    /// <summary>The real app, started as a user would start it, with a misspelt provider: exit code 2, a clear line, no file.</summary>
    [Fact]
    public async Task The_app_refuses_to_start_with_a_malformed_provider_and_writes_no_database()
    {
        var folder = Directory.CreateTempSubdirectory("blazorerp-provider-").FullName;
        var dbPath = Path.Combine(folder, "erp.db");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "BlazorErp.Web.dll"),
            "--Database:Provider=Oracle", $"--Database:SqlitePath={dbPath}", "--urls=http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "the app did not stop");

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("Database:Provider 'Oracle' is not supported", await output + await errors);
        Assert.False(File.Exists(dbPath));
    }

    /// <summary>A database that no longer answers with our tables (here: its file overwritten) makes /healthz say so with 503.</summary>
    [Fact]
    public async Task Health_endpoint_answers_503_when_the_database_does_not()
    {
        await using var own = new ErpFactory();
        var client = own.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(own.Folder, "erp.db*")) File.Delete(file);
        await File.WriteAllBytesAsync(own.DatabasePath, Enumerable.Repeat((byte)0x5A, 8192).ToArray());

        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
