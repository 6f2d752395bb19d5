using System.Net.Http.Json;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Core.Platforms;
using BlazorErp.Core.Platforms.Features;
using ChangeInput = BlazorErp.PlatformSandbox.ChangeInput;
using BlazorErp.PlatformSandbox.Generator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.IntegrationTests;

/// <summary>The app's download (抓单) against the stand-in over HTTP, with duplicated and reordered pages.</summary>
public sealed class DownloadTests : IClassFixture<SandboxHost>, IAsyncLifetime
{
    private readonly SandboxHost _sandbox;
    private readonly ErpFactory _app = new();
    private long _shopId;

    public DownloadTests(SandboxHost sandbox)
    {
        _sandbox = sandbox;
        _app.Settings["Platforms:Taobao:RouterUrl"] = sandbox.BaseAddress.ToString();
    }

    public async Task InitializeAsync() =>
        _shopId = await SaveShopAsync("淘宝-鸿运旗舰店", SandboxHost.AppSecret);

    private Task<long> SaveShopAsync(string name, string secret) =>
        _app.AsUserAsync("admin", async sp => (await sp.GetRequiredService<SaveShop>().HandleAsync(new ShopInput
        {
            Name = name, Platform = Platform.Taobao, AppKey = SandboxHost.AppKey, AppSecret = secret, SessionKey = SandboxHost.Session,
        })).Value);

    private Task<Core.Common.Result<DownloadSummary>> DownloadAsync(long shopId) =>
        _app.AsUserAsync("admin", sp => sp.GetRequiredService<DownloadTrades>().HandleAsync(shopId));

    /// <summary>Forget how far the shop was downloaded, so the same windows are downloaded again.</summary>
    private async Task ResetCursorAsync(long shopId)
    {
        await using var db = await _app.DbAsync();
        await db.Set<ShopDownloadCursor>().Where(c => c.ShopId == shopId).ExecuteDeleteAsync();
    }

    [Fact]
    public async Task The_same_windows_downloaded_three_times_with_duplicate_and_reordered_pages_store_each_trade_once()
    {
        var nowChina = DateTime.UtcNow.AddHours(8);
        var tids = await _sandbox.GenerateAsync(450, nowChina.AddHours(-6), nowChina.AddHours(-2)); // several windows, several pages each
        _sandbox.Faults.DuplicatePages = true;
        _sandbox.Faults.ReorderPages = true;
        try
        {
            var first = await DownloadAsync(_shopId);
            Assert.True(first.Succeeded, first.Error?.ToString());
            Assert.True(first.Value!.New >= 450); // other tests of this class may have added trades to the same shop

            for (var again = 0; again < 2; again++)
            {
                await ResetCursorAsync(_shopId);
                var repeat = await DownloadAsync(_shopId);
                // Nothing new, nothing changed; a trade on a window boundary is seen by both windows, hence "at least".
                Assert.Equal((0, 0), (repeat.Value!.New, repeat.Value.Updated));
                Assert.True(repeat.Value.Unchanged >= first.Value.New);
            }

            await using var db = await _app.DbAsync();
            var stored = await db.Set<RawTrade>().Where(t => t.ShopId == _shopId).Select(t => t.Tid).ToListAsync();
            Assert.Equal(stored.Count, stored.Distinct().Count());
            Assert.Subset(stored.ToHashSet(), tids.ToHashSet());
            Assert.True(await db.Set<DownloadRun>().CountAsync(r => r.ShopId == _shopId && r.Status == DownloadStatus.Succeeded) >= 3 * 48);
        }
        finally
        {
            _sandbox.Faults.DuplicatePages = false;
            _sandbox.Faults.ReorderPages = false;
        }
    }

    [Fact]
    public async Task A_trade_changed_on_the_platform_is_stored_in_its_newer_version_only()
    {
        var nowChina = DateTime.UtcNow.AddHours(8);
        var tid = (await _sandbox.GenerateAsync(1, nowChina.AddHours(-10), nowChina.AddHours(-10))).Single();
        await DownloadAsync(_shopId);

        var changedAt = new DateTime(nowChina.AddHours(-9).Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond);
        (await _sandbox.Admin.PostAsJsonAsync($"sandbox/trades/{tid}/changes", new ChangeInput(TradeGenerator.Change.SellerMemo, changedAt))).EnsureSuccessStatusCode();
        await ResetCursorAsync(_shopId);
        var again = await DownloadAsync(_shopId);

        Assert.True(again.Value!.Updated >= 1);
        await using var db = await _app.DbAsync();
        var raw = await db.Set<RawTrade>().SingleAsync(t => t.ShopId == _shopId && t.Tid == tid);
        Assert.Equal(changedAt, raw.ModifiedChina);
        Assert.Contains("客服备注", raw.Json);
    }

    [Fact]
    public async Task Wrong_credentials_fail_the_window_with_the_platforms_message_and_keep_the_cursor()
    {
        var badShop = await SaveShopAsync("淘宝-错误授权", "wrong-secret");

        var result = await DownloadAsync(badShop);

        Assert.Equal("Download.Failed", result.Error!.Code);
        Assert.Equal("Invalid signature", result.Error.Args[1]);
        await using var db = await _app.DbAsync();
        var run = await db.Set<DownloadRun>().SingleAsync(r => r.ShopId == badShop);
        Assert.Equal(DownloadStatus.Failed, run.Status);
        var cursor = await db.Set<ShopDownloadCursor>().SingleAsync(c => c.ShopId == badShop);
        Assert.Equal(run.FromChina, cursor.DownloadedUntilChina);
    }

    [Fact]
    public async Task Listings_are_matched_by_merchant_code_and_the_unmatched_ones_say_why()
    {
        for (var i = 1; i <= 5; i++)
            await _app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveSku>().HandleAsync(new SkuInput { GoodsName = "鲜活基围虾", MerchantCode = $"xia-{i:00}", RetailPrice = 20 }));

        var report = await _app.AsUserAsync("admin", sp => sp.GetRequiredService<MatchPlatformGoods>().HandleAsync(_shopId));

        Assert.Equal((20, 5, 15), (report.Value!.Listings, report.Value.Matched, report.Value.Unmatched));
        var unmatched = await _app.AsUserAsync("admin", sp => sp.GetRequiredService<MatchPlatformGoods>().ListAsync(_shopId, unmatchedOnly: true));
        Assert.Equal(15, unmatched.Count);
        Assert.All(unmatched, u => Assert.Equal("PlatformGoods.UnknownCode", u.UnmatchedReason));

        // Creating the missing SKU and matching again picks it up; nothing is duplicated.
        await _app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveSku>().HandleAsync(new SkuInput { GoodsName = "鲜活基围虾", MerchantCode = "XIA-06", RetailPrice = 20 }));
        var again = await _app.AsUserAsync("admin", sp => sp.GetRequiredService<MatchPlatformGoods>().HandleAsync(_shopId));
        Assert.Equal((20, 6, 14), (again.Value!.Listings, again.Value.Matched, again.Value.Unmatched));
    }

    private sealed record SandboxTradeView(long Tid, string Status, List<SandboxShipmentView> Shipments);
    private sealed record SandboxShipmentView(string OutSid, string CompanyCode, string? SubTids);

    private async Task<SandboxTradeView> SandboxTradeAsync(long tid) => (await _sandbox.Admin.GetFromJsonAsync<SandboxTradeView>($"sandbox/trades/{tid}"))!;

    private Task<(int Succeeded, int Postponed, int Failed)> RunSyncAsync() =>
        _app.AsUserAsync("admin", sp => sp.GetRequiredService<RunShipSync>().HandleAsync());

    private Task<Core.Common.Result<long>> EnqueueAsync(long tid, long[]? subTids, string company, string trackingNo) =>
        _app.AsUserAsync("admin", sp => sp.GetRequiredService<EnqueueShipSync>().HandleAsync(_shopId, tid, subTids, company, trackingNo));

    [Fact]
    public async Task Ship_sync_tells_the_platform_per_parcel_once_and_keeps_refusals_with_the_platforms_words()
    {
        var nowChina = DateTime.UtcNow.AddHours(8);
        var whole = (await _sandbox.GenerateAsync(1, nowChina.AddHours(-3), nowChina.AddHours(-3))).Single();
        var response = await _sandbox.Admin.PostAsJsonAsync($"sandbox/shops/{SandboxHost.Session}/trades",
            new PlatformSandbox.GenerateInput(1, nowChina.AddHours(-3), nowChina.AddHours(-3), LinesPerTrade: 2));
        var split = (await response.Content.ReadFromJsonAsync<List<long>>())!.Single();

        // A whole trade; queued twice (a retry upstream) it is still one job and one platform call.
        var first = await EnqueueAsync(whole, null, "ZTO", "ZT1000001");
        Assert.Equal(first.Value, (await EnqueueAsync(whole, null, "ZTO", "ZT1000001")).Value);
        // A split order: the shrimp now, the lotus root later — one parcel per sub-order.
        await EnqueueAsync(split, [split * 10 + 1], "SF", "SF2000001");
        Assert.Equal((2, 0, 0), await RunSyncAsync());
        Assert.Equal((0, 0, 0), await RunSyncAsync());

        var wholeTrade = await SandboxTradeAsync(whole);
        Assert.Equal("WAIT_BUYER_CONFIRM_GOODS", wholeTrade.Status);
        Assert.Equal("ZT1000001", Assert.Single(wholeTrade.Shipments).OutSid);
        Assert.Equal("SELLER_CONSIGNED_PART", (await SandboxTradeAsync(split)).Status);

        await EnqueueAsync(split, [split * 10 + 2], "SF", "SF2000002");
        Assert.Equal((1, 0, 0), await RunSyncAsync());
        var splitTrade = await SandboxTradeAsync(split);
        Assert.Equal("WAIT_BUYER_CONFIRM_GOODS", splitTrade.Status);
        Assert.Equal(2, splitTrade.Shipments.Count);

        // An unknown courier code is refused by the platform: the job fails with its reason, and a retry asks again.
        var other = (await _sandbox.GenerateAsync(1, nowChina.AddHours(-3), nowChina.AddHours(-3))).Single();
        var bad = (await EnqueueAsync(other, null, "XYZ", "X1")).Value;
        Assert.Equal((0, 0, 1), await RunSyncAsync());
        var rows = await _app.AsUserAsync("admin", sp => sp.GetRequiredService<ManageShipSync>().HandleAsync());
        var failed = rows.Single(r => r.Id == bad);
        Assert.Equal(ShipSyncStatus.Failed, failed.Status);
        Assert.Contains("unknown logistics company", failed.LastError);
        Assert.Equal(1, await _app.AsUserAsync("admin", sp => sp.GetRequiredService<ManageShipSync>().RetryAsync(bad)));
        Assert.Equal((0, 0, 1), await RunSyncAsync());
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
