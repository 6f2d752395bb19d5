using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Platforms.Features;
using BlazorErp.PlatformSandbox;
using BlazorErp.PlatformSandbox.Store;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Web.Infrastructure;

/// <summary>
/// Where platform calls go. <c>Platforms:Taobao:RouterUrl</c> when set; otherwise, in demo mode, this very
/// host (which then serves the sandbox's <c>/router/rest</c>) — still over real HTTP.
/// </summary>
public sealed class RouterAddress(IConfiguration configuration, IServer server)
{
    public Uri Uri =>
        configuration["Platforms:Taobao:RouterUrl"] is { Length: > 0 } configured ? new Uri(configured)
        : new Uri(Loopback(server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:5000") + "/");

    private static string Loopback(string address) =>
        address.Replace("://0.0.0.0", "://127.0.0.1").Replace("://[::]", "://127.0.0.1").Replace("://+", "://127.0.0.1").Replace("://*", "://127.0.0.1");
}

public static class PlatformHosting
{
    public static bool SandboxEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Sandbox:Enabled", environment.IsDevelopment());

    public static IServiceCollection AddDemoSandbox(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var database = configuration["Sandbox:Database"] ?? Path.Combine(Path.GetDirectoryName(DatabaseSetup.SqlitePath(configuration, contentRoot))!, "sandbox.db");
        return services.AddPlatformSandbox(database);
    }

    /// <summary>
    /// Demo mode: the sandbox knows the demo shops (their app key, secret and session) and lists the demo SKUs
    /// under their merchant codes, and has a few hours of paid trades — so 抓单 has something real to fetch.
    /// </summary>
    public static async Task SeedDemoSandboxAsync(IServiceProvider services)
    {
        await services.EnsureSandboxCreatedAsync();
        await using var scope = services.CreateAsyncScope();
        var sandbox = scope.ServiceProvider.GetRequiredService<SandboxDb>();
        if (await sandbox.Apps.AnyAsync()) return;
        var protector = scope.ServiceProvider.GetRequiredService<ISecretProtector>();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
        var shops = await db.Set<Shop>().AsNoTracking().Where(s => s.AppKey != null).ToListAsync();
        var skus = await db.Set<Sku>().AsNoTracking().Include(s => s.Goods).Where(s => s.Active).OrderBy(s => s.Id).ToListAsync();
        if (shops.Count == 0 || skus.Count == 0) return;

        var nowChina = DateTime.UtcNow.AddHours(8);
        var start = new DateTime(nowChina.AddMinutes(-190).Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond);
        foreach (var (shop, index) in shops.Select((s, i) => (s, i)))
        {
            var secret = protector.Unprotect(shop.ProtectedAppSecret!);
            var session = protector.Unprotect(shop.ProtectedSessionKey!);
            if (!sandbox.Apps.Local.Any(a => a.AppKey == shop.AppKey) && !await sandbox.Apps.AnyAsync(a => a.AppKey == shop.AppKey))
                sandbox.Apps.Add(new SandboxApp { AppKey = shop.AppKey!, Secret = secret });
            var sandboxShop = new SandboxShop { SessionKey = session, AppKey = shop.AppKey!, SellerNick = shop.Name, Seed = 100 + index };
            sandbox.Shops.Add(sandboxShop);
            sandbox.WaybillSubscriptions.AddRange(PlatformSandbox.Cainiao.WaybillCouriers.DefaultSubscriptions(shop.Name));
            var items = skus.Select(s => new SandboxItem
            {
                SellerNick = shop.Name, NumIid = 5_000_000 + s.GoodsId, SkuId = 9_000_000 + s.Id, Title = s.Goods.Name,
                SkuProperties = "规格:" + (s.SpecName ?? "默认"), OuterIid = null, OuterSkuId = s.MerchantCode, Price = s.RetailPrice,
                Quantity = 100, Modified = nowChina,
            }).ToList();
            sandbox.Items.AddRange(items);
            for (var n = 1; n <= 60; n++)
                sandbox.Trades.Add(PlatformSandbox.Generator.TradeGenerator.Trade(sandboxShop, items, n, start.AddMinutes(n * 3)));
        }
        await sandbox.SaveChangesAsync();
    }
}

/// <summary>
/// Downloads every enabled, authorised shop on its own interval (店铺 → 抓单间隔). Runs as "system"; a failed
/// window is logged in 抓单记录 and retried on the next round.
/// </summary>
public sealed class ShopDownloadService(IServiceScopeFactory scopes, ILogger<ShopDownloadService> logger, TimeProvider clock) : BackgroundService
{
    private readonly Dictionary<long, DateTime> _lastRun = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken); // let start-up finish first
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueShopsAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Scheduled download round failed");
            }
            await Task.Delay(TimeSpan.FromSeconds(20), stoppingToken);
        }
    }

    private async Task RunDueShopsAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = CurrentUser.System;
        var shops = await scope.ServiceProvider.GetRequiredService<Core.MasterData.Features.ListMasterData>().ShopsAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var shop in shops.Where(s => s.Enabled && s.HasCredentials))
        {
            if (_lastRun.TryGetValue(shop.Id, out var last) && now - last < TimeSpan.FromMinutes(shop.DownloadIntervalMinutes)) continue;
            _lastRun[shop.Id] = now;
            var result = await scope.ServiceProvider.GetRequiredService<DownloadTrades>().HandleAsync(shop.Id, cancellationToken: stoppingToken);
            if (result.Succeeded) logger.LogInformation("Downloaded {Shop}: {New} new, {Updated} updated", shop.Name, result.Value!.New, result.Value.Updated);
            else logger.LogWarning("Download of {Shop} failed: {Error}", shop.Name, result.Error);
            // Whatever was stored — this round or an earlier, interrupted one — becomes orders now.
            var built = await scope.ServiceProvider.GetRequiredService<Core.Orders.Features.BuildOrders>().HandleAsync(shop.Id, stoppingToken);
            if (built.Created + built.Updated > 0)
                logger.LogInformation("Built orders for {Shop}: {Created} new, {Updated} updated, {Merged} merged", shop.Name, built.Created, built.Updated, built.Merged);
        }
    }
}

/// <summary>Sends queued ship notifications (发货同步) every few seconds, as "system".</summary>
public sealed class ShipSyncService(IServiceScopeFactory scopes, ILogger<ShipSyncService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = CurrentUser.System;
                var (succeeded, postponed, failed) = await scope.ServiceProvider.GetRequiredService<Core.Platforms.Features.RunShipSync>().HandleAsync(stoppingToken);
                if (succeeded + postponed + failed > 0)
                    logger.LogInformation("Ship sync: {Succeeded} sent, {Postponed} postponed, {Failed} failed", succeeded, postponed, failed);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Ship sync round failed");
            }
            await Task.Delay(TimeSpan.FromSeconds(10), stoppingToken);
        }
    }
}

/// <summary>
/// Follows the platforms' refunds every minute (退款流程): refunds paid before shipping take the goods off the order, closed
/// ones send it back to review, refunds after shipping open or update after-sales cases.
/// </summary>
public sealed class RefundSyncService(IServiceScopeFactory scopes, ILogger<RefundSyncService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(15), stoppingToken); // after the first download round
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = CurrentUser.System;
                var result = await scope.ServiceProvider.GetRequiredService<Core.AfterSales.Features.SyncPlatformRefunds>().HandleAsync(stoppingToken);
                if (result.Refunded + result.Closed + result.CasesOpened + result.CasesUpdated + result.Failed > 0)
                    logger.LogInformation("Refund sync: {Result}", result);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Refund sync round failed");
            }
            await Task.Delay(TimeSpan.FromSeconds(60), stoppingToken);
        }
    }
}
