using System.Net.Http.Json;
using BlazorErp.PlatformSandbox;
using BlazorErp.Testing;
using Microsoft.Data.Sqlite;

namespace BlazorErp.IntegrationTests;

/// <summary>
/// The app is killed in the middle of downloading (a real process, killed outright), started again on the
/// same database, and finishes: every trade stored once, every trade in exactly one order.
/// </summary>
public sealed class DownloadCrashTests(SandboxHost sandbox) : IClassFixture<SandboxHost>
{
    // The demo merchant's first shop, as seeded in Development: the sandbox is set up to know it.
    private const string AppKey = "12345678", Secret = "demo-secret-12345678", Session = "demo-session-12345678", Seller = "淘宝-鸿运旗舰店";

    [Fact]
    public async Task Killed_mid_download_and_restarted_the_app_loses_nothing_and_duplicates_nothing()
    {
        (await sandbox.Admin.PostAsJsonAsync("sandbox/apps", new AppInput(AppKey, Secret))).EnsureSuccessStatusCode();
        var items = Enumerable.Range(1, 10).Select(i => new ItemInput(700 + i, 900 + i, "泡藕带", "规格:300g", null, $"OUDAI-{i}", 19.9m, 50)).ToList();
        (await sandbox.Admin.PostAsJsonAsync("sandbox/shops", new ShopInput(Session, AppKey, Seller, 23, items))).EnsureSuccessStatusCode();
        var nowChina = DateTime.UtcNow.AddHours(8);
        var response = await sandbox.Admin.PostAsJsonAsync($"sandbox/shops/{Session}/trades", new GenerateInput(1200, nowChina.AddHours(-20), nowChina.AddHours(-2)));
        var tids = (await response.Content.ReadFromJsonAsync<List<long>>())!;
        sandbox.Faults.LatencyMs = 120; // slow enough to kill it half-way

        var folder = Directory.CreateTempSubdirectory("blazorerp-crash-").FullName;
        var settings = new Dictionary<string, string>
        {
            ["Sandbox__Enabled"] = "false",
            ["Platforms__Taobao__RouterUrl"] = sandbox.BaseAddress.ToString(),
        };
        try
        {
            await using (var first = AppProcess.Start(folder, settings))
            {
                await first.WaitUntilReadyAsync();
                await WaitForAsync(folder, "SELECT COUNT(*) FROM DownloadRuns r JOIN Shops s ON s.Id = r.ShopId WHERE s.Name = $seller AND r.Status = 'Succeeded' AND r.New > 0",
                    atLeast: 3, TimeSpan.FromSeconds(90));
            } // disposing kills the process tree outright: no graceful shutdown

            var storedAtCrash = await ScalarAsync(folder, "SELECT COUNT(*) FROM RawTrades");
            Assert.InRange(storedAtCrash, 1, tids.Count - 1); // really killed half-way

            await using var second = AppProcess.Start(folder, settings);
            await second.WaitUntilReadyAsync();
            // Every trade has its own order row (merged ones too, pointing at the order they went into).
            // (Orders without a tid are the demo merchant's own phone orders.)
            await WaitForAsync(folder, "SELECT COUNT(*) FROM Orders o JOIN Shops s ON s.Id = o.ShopId WHERE s.Name = $seller AND o.Tid IS NOT NULL",
                atLeast: tids.Count, TimeSpan.FromSeconds(120));

            Assert.Equal(tids.Count, await ScalarAsync(folder, "SELECT COUNT(*) FROM RawTrades"));
            Assert.Equal(tids.Count, await ScalarAsync(folder, "SELECT COUNT(DISTINCT Tid) FROM RawTrades"));
            Assert.Equal(tids.Count, await ScalarAsync(folder, "SELECT COUNT(*) FROM Orders o JOIN Shops s ON s.Id = o.ShopId WHERE s.Name = $seller AND o.Tid IS NOT NULL"));
            Assert.Equal(tids.Count, await ScalarAsync(folder, "SELECT COUNT(DISTINCT o.Tid) FROM Orders o JOIN Shops s ON s.Id = o.ShopId WHERE s.Name = $seller"));
            // …and each trade's lines are in exactly one live order.
            Assert.Equal(tids.Count, await ScalarAsync(folder,
                "SELECT COUNT(DISTINCT json_extract(src.value, '$.Tid')) FROM Orders o JOIN Shops s ON s.Id = o.ShopId, json_each(o.Sources) src WHERE s.Name = $seller AND o.Status <> 'Merged'"));
            Assert.Equal(tids.Count, await ScalarAsync(folder,
                "SELECT COUNT(*) FROM Orders o JOIN Shops s ON s.Id = o.ShopId, json_each(o.Sources) src WHERE s.Name = $seller AND o.Status <> 'Merged'"));
        }
        finally
        {
            sandbox.Faults.LatencyMs = 0;
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } // best effort on a temp folder
        }
    }

    private static async Task WaitForAsync(string folder, string sql, int atLeast, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await ScalarAsync(folder, sql) >= atLeast) return;
            await Task.Delay(200);
        }
        throw new TimeoutException($"waited for {atLeast} from: {sql}; have {await ScalarAsync(folder, sql)}");
    }

    /// <summary>Reads the app's database beside it, as a DBA would (WAL lets us read while it writes).</summary>
    private static async Task<long> ScalarAsync(string folder, string sql)
    {
        var path = Path.Combine(folder, "erp.db");
        if (!File.Exists(path)) return 0;
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$seller", Seller);
        try
        {
            return Convert.ToInt64(await command.ExecuteScalarAsync());
        }
        catch (SqliteException)
        {
            return 0; // tables not created yet
        }
    }
}
