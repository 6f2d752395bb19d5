using System.Diagnostics;
using System.Net.Http.Json;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Core.Orders.Features;
using BlazorErp.Core.Platforms;
using BlazorErp.Core.Platforms.Features;
using BlazorErp.Core.Platforms.Top;
using BlazorErp.PlatformSandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ShopInput = BlazorErp.PlatformSandbox.ShopInput;

namespace BlazorErp.Benchmarks;

/// <summary>
/// 抓单 at volume: N trades of three lines each, generated in the stand-in, downloaded over HTTP on 127.0.0.1
/// (TOP paging, signing, JSON) and built into orders on SQLite — compared, in the same run, with a plain
/// batched SQLite insert of the same number of rows (the floor any design pays).
/// </summary>
public sealed class ImportScenario : IScenario
{
    public string Description => "N trades × 3 lines from the sandbox over HTTP to orders: orders/s, and the ratio to a raw batched SQLite insert";
    public int DefaultSize => 20_000;

    public async Task<ResultTable> RunAsync(int size)
    {
        await using var sandbox = await StartSandboxAsync();
        var baseUrl = sandbox.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        using var admin = new HttpClient { BaseAddress = new Uri(baseUrl) };
        await admin.PostAsJsonAsync("sandbox/apps", new AppInput("bench", "bench-secret"));
        var items = Enumerable.Range(1, 200).Select(i => new ItemInput(1000 + i, 5000 + i, "压测商品", "规格:标准", null, $"BENCH-{i:000}", 10, 100)).ToList();
        await admin.PostAsJsonAsync("sandbox/shops", new ShopInput("bench-session", "bench", "压测店", 5, items));
        var nowChina = DateTime.UtcNow.AddHours(8);
        (await admin.PostAsJsonAsync("sandbox/shops/bench-session/trades", new GenerateInput(size, nowChina.AddHours(-23), nowChina.AddMinutes(-5), 3))).EnsureSuccessStatusCode();

        await using var erp = await InProcessErp.CreateAsync(services =>
        {
            services.AddSingleton(new TopClientOptions());
            services.AddSingleton(DownloadSettings.Default);
            services.AddHttpClient<TopClient>(http => http.BaseAddress = new Uri(baseUrl));
            services.AddScoped<ITradeSource, TopTradeSource>();
        });
        long shopId;
        await using (var scope = erp.Scope("admin"))
        {
            var sp = scope.ServiceProvider;
            foreach (var i in Enumerable.Range(1, 200))
                await sp.GetRequiredService<SaveSku>().HandleAsync(new SkuInput { GoodsName = "压测商品", MerchantCode = $"BENCH-{i:000}", RetailPrice = 10 });
            shopId = (await sp.GetRequiredService<SaveShop>().HandleAsync(new Core.MasterData.Features.ShopInput
            {
                Name = "压测店", Platform = Platform.Taobao, AppKey = "bench", AppSecret = "bench-secret", SessionKey = "bench-session",
            })).Value;
        }

        var clock = Stopwatch.StartNew();
        DownloadSummary downloaded;
        BuildSummary built;
        await using (var scope = erp.Scope("system"))
        {
            downloaded = (await scope.ServiceProvider.GetRequiredService<DownloadTrades>().HandleAsync(shopId)).Value!;
            var afterDownload = clock.Elapsed;
            built = await scope.ServiceProvider.GetRequiredService<BuildOrders>().HandleAsync(shopId);
            var total = clock.Elapsed;

            var raw = RawInsert(size);
            var table = new ResultTable("step", "trades", "seconds", "per second", "ratio to raw insert");
            table.Add("download over HTTP (raw trades stored)", downloaded.New, afterDownload.TotalSeconds, downloaded.New / afterDownload.TotalSeconds, $"{afterDownload / raw:0.0}×");
            table.Add("build orders", built.Created, (total - afterDownload).TotalSeconds, built.Created / (total - afterDownload).TotalSeconds, $"{(total - afterDownload) / raw:0.0}×");
            table.Add("download + build (end to end)", built.Created, total.TotalSeconds, built.Created / total.TotalSeconds, $"{total / raw:0.0}×");
            table.Add("raw batched SQLite insert (floor)", size, raw.TotalSeconds, size / raw.TotalSeconds, "1.0×");
            return table;
        }
    }

    /// <summary>The same number of rows (one per trade, with its JSON) inserted in one transaction with a prepared command.</summary>
    private static TimeSpan RawInsert(int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"raw-{Guid.NewGuid():N}.db");
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE t (tid INTEGER PRIMARY KEY, modified TEXT, json TEXT);";
            create.ExecuteNonQuery();
        }
        var json = new string('x', 1800); // about the size of a three-line trade's JSON
        var clock = Stopwatch.StartNew();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO t VALUES ($tid, $modified, $json)";
        var tid = insert.Parameters.Add("$tid", SqliteType.Integer);
        insert.Parameters.AddWithValue("$modified", "2026-11-22 10:00:00");
        insert.Parameters.AddWithValue("$json", json);
        for (var i = 0; i < rows; i++)
        {
            tid.Value = i;
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        var elapsed = clock.Elapsed;
        connection.Close();
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        return elapsed;
    }

    private static async Task<WebApplication> StartSandboxAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddPlatformSandbox(":memory:");
        var app = builder.Build();
        app.MapPlatformSandbox();
        await app.Services.EnsureSandboxCreatedAsync();
        await app.StartAsync();
        return app;
    }
}
