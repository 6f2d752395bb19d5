using BlazorErp.PlatformSandbox.Cainiao;
using BlazorErp.PlatformSandbox.Generator;
using BlazorErp.PlatformSandbox.Store;
using BlazorErp.PlatformSandbox.Top;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.PlatformSandbox;

public sealed record AppInput(string AppKey, string Secret);
public sealed record ItemInput(long NumIid, long SkuId, string Title, string SkuProperties, string? OuterIid, string? OuterSkuId, decimal Price, int Quantity);
public sealed record ShopInput(string SessionKey, string AppKey, string SellerNick, int Seed, IReadOnlyList<ItemInput> Items);
/// <param name="LinesPerTrade">Lines on every trade; 0 for the generator's realistic mix of one to four.</param>
public sealed record GenerateInput(int Count, DateTime FromChina, DateTime ToChina, int LinesPerTrade = 0);
/// <param name="AtChina">When the change happened (China time); now when omitted.</param>
public sealed record ChangeInput(TradeGenerator.Change Change, DateTime? AtChina = null);

public static class SandboxSetup
{
    /// <summary>
    /// The stand-in's own store: a SQLite file, or <c>:memory:</c> for tests (kept alive by one open
    /// connection for the life of the host, so every request sees the same data).
    /// </summary>
    public static IServiceCollection AddPlatformSandbox(this IServiceCollection services, string database)
    {
        var inMemory = database == ":memory:";
        var connectionString = inMemory
            ? $"Data Source=sandbox-{Guid.NewGuid():N};Mode=Memory;Cache=Shared"
            : new SqliteConnectionStringBuilder { DataSource = database, DefaultTimeout = 30 }.ToString();
        if (inMemory)
        {
            var keeper = new SqliteConnection(connectionString);
            keeper.Open();
            services.AddSingleton(keeper);
        }
        services.AddDbContext<SandboxDb>(o => o.UseSqlite(connectionString));
        services.AddSingleton<SandboxFaults>();
        services.TryAddSingletonTimeProvider();
        services.AddSingleton<TopRouter>();
        return services;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (services.All(s => s.ServiceType != typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }

    public static async Task EnsureSandboxCreatedAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SandboxDb>();
        await db.Database.EnsureCreatedAsync();
        if (!db.Database.GetDbConnection().ConnectionString.Contains("Mode=Memory"))
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    /// <summary>The TOP router plus the stand-in's own set-up endpoints (apps, shops, generated trades, faults).</summary>
    public static RouteGroupBuilder MapPlatformSandbox(this IEndpointRouteBuilder endpoints)
    {
        var app = endpoints.MapGroup("");
        app.MapPost("/router/rest", (HttpRequest request, SandboxDb db, TopRouter router) => router.HandleAsync(request, db))
            .DisableAntiforgery().ExcludeFromDescription();

        var admin = app.MapGroup("/sandbox").ExcludeFromDescription();
        admin.MapPost("/apps", async (AppInput input, SandboxDb db) =>
        {
            if (await db.Apps.FindAsync(input.AppKey) is { } existing) existing.Secret = input.Secret;
            else db.Apps.Add(new SandboxApp { AppKey = input.AppKey, Secret = input.Secret });
            await db.SaveChangesAsync();
            return Results.NoContent();
        });
        admin.MapPost("/shops", async (ShopInput input, SandboxDb db, TimeProvider clock) =>
        {
            if (await db.Shops.FindAsync(input.SessionKey) is null)
                db.Shops.Add(new SandboxShop { SessionKey = input.SessionKey, AppKey = input.AppKey, SellerNick = input.SellerNick, Seed = input.Seed });
            if (!await db.WaybillSubscriptions.AnyAsync(s => s.SellerNick == input.SellerNick))
                db.WaybillSubscriptions.AddRange(WaybillCouriers.DefaultSubscriptions(input.SellerNick));
            var now = TopRouter.ChinaTime(clock.GetUtcNow());
            foreach (var item in input.Items)
                if (!await db.Items.AnyAsync(i => i.SellerNick == input.SellerNick && i.NumIid == item.NumIid && i.SkuId == item.SkuId))
                    db.Items.Add(new SandboxItem
                    {
                        SellerNick = input.SellerNick, NumIid = item.NumIid, SkuId = item.SkuId, Title = item.Title, SkuProperties = item.SkuProperties,
                        OuterIid = item.OuterIid, OuterSkuId = item.OuterSkuId, Price = item.Price, Quantity = item.Quantity, Modified = now,
                    });
            await db.SaveChangesAsync();
            return Results.NoContent();
        });
        admin.MapPost("/shops/{session}/trades", async (string session, GenerateInput input, SandboxDb db) =>
        {
            if (await db.Shops.FindAsync(session) is not { } shop) return Results.NotFound();
            var items = await db.Items.Where(i => i.SellerNick == shop.SellerNick).ToListAsync();
            if (items.Count == 0) return Results.BadRequest("the shop has no items");
            var first = await db.Trades.CountAsync(t => t.SellerNick == shop.SellerNick);
            var step = input.Count > 1 ? (input.ToChina - input.FromChina) / (input.Count - 1) : TimeSpan.Zero;
            static DateTime Seconds(DateTime t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerSecond); // TOP times have whole seconds
            var tids = new List<long>();
            for (var i = 0; i < input.Count; i++)
            {
                var trade = TradeGenerator.Trade(shop, items, first + i + 1, Seconds(input.FromChina + step * i), input.LinesPerTrade);
                db.Trades.Add(trade);
                tids.Add(trade.Tid);
            }
            await db.SaveChangesAsync();
            return Results.Ok(tids);
        });
        admin.MapPost("/trades/{tid:long}/changes", async (long tid, ChangeInput input, SandboxDb db, TimeProvider clock) =>
        {
            if (await db.Trades.FindAsync(tid) is not { } trade) return Results.NotFound();
            var now = input.AtChina ?? TopRouter.ChinaTime(clock.GetUtcNow());
            var open = await db.Refunds.Where(r => r.Tid == tid).OrderByDescending(r => r.Modified).FirstOrDefaultAsync();
            var refund = TradeGenerator.ChangeTrade(trade, input.Change, new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond), open);
            if (refund is not null) db.Refunds.Add(refund);
            await db.SaveChangesAsync();
            return Results.NoContent();
        });
        admin.MapGet("/trades/{tid:long}", async (long tid, SandboxDb db) =>
            await db.Trades.AsNoTracking().SingleOrDefaultAsync(t => t.Tid == tid) is { } trade
                ? Results.Ok(new { trade.Tid, trade.Status, trade.Modified, Shipments = await db.Shipments.AsNoTracking().Where(s => s.Tid == tid).ToListAsync() })
                : Results.NotFound());
        admin.MapPut("/faults", (SandboxFaults update, SandboxFaults faults) =>
        {
            (faults.LatencyMs, faults.ServerErrorRate, faults.CallsPerSecond, faults.DuplicatePages, faults.ReorderPages) =
                (update.LatencyMs, update.ServerErrorRate, update.CallsPerSecond, update.DuplicatePages, update.ReorderPages);
            return Results.NoContent();
        });
        return app;
    }
}
