using System.Diagnostics;
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
}
