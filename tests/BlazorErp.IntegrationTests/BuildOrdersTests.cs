using System.Net.Http.Json;
using System.Text.Json;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Orders.Features;
using BlazorErp.Core.Platforms;
using BlazorErp.Core.Platforms.Features;
using BlazorErp.PlatformSandbox.Generator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ChangeInput = BlazorErp.PlatformSandbox.ChangeInput;

namespace BlazorErp.IntegrationTests;

/// <summary>Trades from the stand-in become orders: matching, unmatched exceptions, merges, refunds, changes.</summary>
public sealed class BuildOrdersTests : IClassFixture<SandboxHost>, IAsyncLifetime
{
    private readonly SandboxHost _sandbox;
    private readonly ErpFactory _app = new();
    private long _shopId;

    public BuildOrdersTests(SandboxHost sandbox)
    {
        _sandbox = sandbox;
        _app.Settings["Platforms:Taobao:RouterUrl"] = sandbox.BaseAddress.ToString();
    }

    public async Task InitializeAsync()
    {
        // Our SKUs carry the sandbox listings' outer codes XIA-01 … XIA-19; XIA-20 is missing on purpose.
        for (var i = 1; i <= 19; i++)
            await _app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveSku>().HandleAsync(new SkuInput { GoodsName = "鲜活基围虾", MerchantCode = $"XIA-{i:00}", RetailPrice = 20 }));
        _shopId = await _app.AsUserAsync("admin", async sp => (await sp.GetRequiredService<SaveShop>().HandleAsync(new ShopInput
        {
            Name = "淘宝-鸿运旗舰店", Platform = Platform.Taobao, AppKey = SandboxHost.AppKey, AppSecret = SandboxHost.AppSecret, SessionKey = SandboxHost.Session,
        })).Value);
    }

    private async Task<BuildSummary> DownloadAndBuildAsync()
    {
        await using (var db = await _app.DbAsync())
            await db.Set<ShopDownloadCursor>().Where(c => c.ShopId == _shopId).ExecuteDeleteAsync();
        var downloaded = await _app.AsUserAsync("admin", sp => sp.GetRequiredService<DownloadTrades>().HandleAsync(_shopId));
        Assert.True(downloaded.Succeeded, downloaded.Error?.ToString());
        return await _app.AsUserAsync("admin", sp => sp.GetRequiredService<BuildOrders>().HandleAsync(_shopId));
    }

    private async Task<List<Order>> OrdersAsync()
    {
        await using var db = await _app.DbAsync();
        return await db.Set<Order>().AsNoTracking().Where(o => o.ShopId == _shopId).ToListAsync();
    }

    [Fact]
    public async Task Paid_trades_become_orders_exactly_once_with_matched_lines_merges_and_unmatched_exceptions()
    {
        var nowChina = DateTime.UtcNow.AddHours(8);
        var tids = await _sandbox.GenerateAsync(300, nowChina.AddHours(-20), nowChina.AddHours(-12));

        var first = await DownloadAndBuildAsync();
        var again = await DownloadAndBuildAsync();

        Assert.True(first.Created >= 300);
        Assert.Equal((0, 0), (again.Created, again.Merged));
        var orders = await OrdersAsync();
        var sourceTids = orders.Where(o => o.Status != OrderStatus.Merged).SelectMany(o => o.Sources.Select(s => s.Tid)).ToList();
        Assert.Equal(sourceTids.Count, sourceTids.Distinct().Count()); // every trade in exactly one live order
        Assert.Subset(sourceTids.ToHashSet(), tids.ToHashSet());

        // Repeat buyers at the same address were merged into one order; the merged ones point at it.
        var mergedOrders = orders.Where(o => o.Status == OrderStatus.Merged).ToList();
        Assert.NotEmpty(mergedOrders);
        foreach (var merged in mergedOrders)
        {
            var target = orders.Single(o => o.Id == merged.MergedIntoOrderId);
            Assert.Equal((merged.BuyerNick, merged.ReceiverKey), (target.BuyerNick, target.ReceiverKey));
            Assert.Superset(merged.Sources.Select(s => s.Tid).ToHashSet(), target.Sources.Select(s => s.Tid).ToHashSet());
        }

        // Lines with codes we know are matched; the others (XIA-20, blank, unknown) make the order an exception.
        var live = orders.Where(o => o.Status != OrderStatus.Merged).ToList();
        Assert.All(live.Where(o => o.Lines.All(l => l.SkuId is not null)), o => Assert.False(o.Flags.HasFlag(OrderFlags.Unmatched)));
        var unmatched = live.Where(o => o.Flags.HasFlag(OrderFlags.Unmatched)).ToList();
        Assert.NotEmpty(unmatched);
        Assert.All(unmatched, o => Assert.Contains(o.Lines, l => l.SkuId is null));
        Assert.Contains(unmatched, o => o.Lines.Any(l => l.MerchantCode == "XIA-20"));

        // 取消合并 gives a merged order its lines back; the next build does not merge it again.
        var shell = mergedOrders.First();
        Assert.True((await _app.AsUserAsync("admin", sp => sp.GetRequiredService<UnmergeOrder>().HandleAsync(shell.Id))).Succeeded);
        await DownloadAndBuildAsync();
        var split = await OrdersAsync();
        var back = split.Single(o => o.Id == shell.Id);
        var formerTarget = split.Single(o => o.Id == shell.MergedIntoOrderId);
        Assert.Equal((OrderStatus.PendingReview, (long?)null), (back.Status, back.MergedIntoOrderId));
        Assert.All(back.Lines, l => Assert.Equal(shell.Tid, l.Tid));
        Assert.NotEmpty(back.Lines);
        Assert.DoesNotContain(formerTarget.Lines, l => l.Tid == shell.Tid);
        Assert.DoesNotContain(formerTarget.Sources, s => s.Tid == shell.Tid);
        mergedOrders = split.Where(o => o.Status == OrderStatus.Merged).ToList();

        // 订单查询 finds an order by any of its trade ids (merged ones included) and by merchant code.
        var mergedShell = mergedOrders.First();
        var found = await _app.AsUserAsync("admin", sp => sp.GetRequiredService<SearchOrders>().HandleAsync(new OrderQuery(mergedShell.Tid.ToString(), null, _shopId)));
        Assert.Contains(found.Rows, r => r.Id == mergedShell.MergedIntoOrderId);
        var byCode = await _app.AsUserAsync("admin", sp => sp.GetRequiredService<SearchOrders>().HandleAsync(new OrderQuery("XIA-20", null, _shopId)));
        Assert.NotEmpty(byCode.Rows);
        var withCode = (await OrdersAsync()).Where(o => o.Lines.Any(l => l.MerchantCode == "XIA-20")).Select(o => o.Id).ToHashSet();
        Assert.Equal(withCode, byCode.Rows.Select(r => r.Id).ToHashSet()); // exactly the orders with that code, not XIA-2 or XIA-200

        // Fixing the code on our side (the missing SKU) matches those lines on the next build.
        await _app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveSku>().HandleAsync(new SkuInput { GoodsName = "鲜活基围虾", MerchantCode = "XIA-20", RetailPrice = 20 }));
        await DownloadAndBuildAsync();
        var after = (await OrdersAsync()).Where(o => o.Status != OrderStatus.Merged).ToList();
        Assert.DoesNotContain(after, o => o.Lines.Any(l => l.MerchantCode == "XIA-20" && l.SkuId is null));
    }

    [Fact]
    public async Task A_refund_request_flags_the_order_and_an_address_change_before_review_updates_it()
    {
        var nowChina = DateTime.UtcNow.AddHours(8);
        var tids = await _sandbox.GenerateAsync(2, nowChina.AddHours(-8), nowChina.AddHours(-7));
        await DownloadAndBuildAsync();

        var at = new DateTime(nowChina.AddHours(-6).Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond);
        (await _sandbox.Admin.PostAsJsonAsync($"sandbox/trades/{tids[0]}/changes", new ChangeInput(TradeGenerator.Change.Refund, at))).EnsureSuccessStatusCode();
        (await _sandbox.Admin.PostAsJsonAsync($"sandbox/trades/{tids[1]}/changes", new ChangeInput(TradeGenerator.Change.Address, at))).EnsureSuccessStatusCode();
        var built = await DownloadAndBuildAsync();

        Assert.True(built.Updated >= 1);
        var orders = await OrdersAsync();
        var refunded = orders.Single(o => o.Status != OrderStatus.Merged && o.Sources.Any(s => s.Tid == tids[0]));
        Assert.True(refunded.Flags.HasFlag(OrderFlags.RefundRequested));
        var moved = orders.Single(o => o.Status != OrderStatus.Merged && o.Sources.Any(s => s.Tid == tids[1]));
        Assert.EndsWith("(改)", moved.Receiver.Address);
        Assert.False(moved.Flags.HasFlag(OrderFlags.AddressChanged)); // not yet reviewed: it simply follows the platform
    }

    [Fact]
    public async Task After_approval_an_address_change_or_refund_raises_an_exception_instead_of_changing_the_parcel()
    {
        var nowChina = DateTime.UtcNow.AddHours(8);
        var generated = await _sandbox.GenerateAsync(6, nowChina.AddHours(-10), nowChina.AddHours(-9));
        await DownloadAndBuildAsync();
        var tids = new List<long>();
        await using (var db = await _app.DbAsync())
        {
            // Approved as the review queue would (its checks and stock are not the point here); orders with an exception of their own stay.
            foreach (var order in await db.Set<Order>().Where(o => o.ShopId == _shopId && o.Status == OrderStatus.PendingReview).ToListAsync())
                if (order.Sources.Count == 1 && generated.Contains(order.Tid!.Value) && order.Approve("reviewer", DateTime.UtcNow, []).Succeeded) tids.Add(order.Tid.Value);
            await db.SaveChangesAsync();
        }
        Assert.True(tids.Count >= 2, "two of the six trades should be approvable");
        var before = (await OrdersAsync()).Single(o => o.Status == OrderStatus.Approved && o.Sources.Any(s => s.Tid == tids[1]));

        var at = new DateTime(nowChina.AddHours(-8).Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond);
        (await _sandbox.Admin.PostAsJsonAsync($"sandbox/trades/{tids[0]}/changes", new ChangeInput(TradeGenerator.Change.Refund, at))).EnsureSuccessStatusCode();
        (await _sandbox.Admin.PostAsJsonAsync($"sandbox/trades/{tids[1]}/changes", new ChangeInput(TradeGenerator.Change.Address, at))).EnsureSuccessStatusCode();
        var built = await DownloadAndBuildAsync();

        Assert.True(built.Exceptions >= 2);
        var orders = await OrdersAsync();
        var refunded = orders.Single(o => o.Status != OrderStatus.Merged && o.Sources.Any(s => s.Tid == tids[0]));
        Assert.Equal((OrderStatus.Approved, true), (refunded.Status, refunded.Flags.HasFlag(OrderFlags.RefundRequested)));
        var moved = orders.Single(o => o.Id == before.Id);
        Assert.Equal((OrderStatus.Approved, true), (moved.Status, moved.Flags.HasFlag(OrderFlags.AddressChanged)));
        Assert.Equal(before.Receiver, moved.Receiver); // the approved parcel keeps its address until a clerk decides
        var exceptions = await _app.AsUserAsync("reviewer", sp => sp.GetRequiredService<Core.Review.Features.GetReviewQueue>()
            .HandleAsync(new Core.Review.Features.ReviewQuery { Tab = Core.Review.Features.ReviewTab.Exceptions, ShopId = _shopId, PageSize = 500 }));
        Assert.Contains(exceptions.Rows, r => r.Id == moved.Id);
        Assert.Contains(exceptions.Rows, r => r.Id == refunded.Id);
    }

    [Fact]
    public async Task Integrations_read_orders_through_the_open_api()
    {
        var nowChina = DateTime.UtcNow.AddHours(8);
        var tids = await _sandbox.GenerateAsync(5, nowChina.AddHours(-5), nowChina.AddHours(-4));
        await DownloadAndBuildAsync();
        var key = await _app.AsUserAsync("admin", async sp => (await sp.GetRequiredService<Core.Admin.Features.CreateApiKey>().HandleAsync("WMS-" + Guid.NewGuid())).Value!);
        var api = _app.CreateClient();
        api.DefaultRequestHeaders.Add(Web.Security.ApiKeyAuthenticationHandler.Header, key.PlainKey);

        var page = await api.GetFromJsonAsync<ApiOrderPage>($"/api/v1/orders?shopId={_shopId}&tid={tids[0]}");
        var order = Assert.Single(page!.Orders);
        Assert.Equal(tids[0], order.Tid);
        Assert.NotEmpty(order.Lines);

        var one = await api.GetFromJsonAsync<ApiOrder>($"/api/v1/orders/{order.Id}");
        Assert.Equal((order.Id, order.BuyerNick, order.Lines.Count), (one!.Id, one.BuyerNick, one.Lines.Count));

        var recent = await api.GetFromJsonAsync<ApiOrderPage>($"/api/v1/orders?shopId={_shopId}&modifiedSinceUtc={DateTime.UtcNow.AddMinutes(-5):O}&pageSize=200");
        Assert.Contains(recent!.Orders, o => o.Id == order.Id);
        var none = await api.GetFromJsonAsync<ApiOrderPage>($"/api/v1/orders?shopId={_shopId}&modifiedSinceUtc={DateTime.UtcNow.AddMinutes(5):O}");
        Assert.Empty(none!.Orders);

        var bad = await api.GetAsync("/api/v1/orders?status=Teleported");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/orders/999999")).StatusCode);
    }

    [Fact]
    public async Task A_distributor_creates_an_order_through_the_api_with_the_same_rules_as_the_page()
    {
        var key = await _app.AsUserAsync("admin", async sp => (await sp.GetRequiredService<Core.Admin.Features.CreateApiKey>().HandleAsync("分销-" + Guid.NewGuid())).Value!);
        var api = _app.CreateClient();
        api.DefaultRequestHeaders.Add(Web.Security.ApiKeyAuthenticationHandler.Header, key.PlainKey);
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        ManualOrderInput Input() => new()
        {
            ShopId = _shopId, BuyerNick = "楚天美食汇", ReceiverName = "赵老板", ReceiverMobile = "13800271234", Province = "湖北", City = "宜昌",
            District = "西陵区", Address = "东山大道 116 号", Lines = [new("XIA-01", 3), new("xia-02", 1, 18.5m)],
        };

        var created = await api.PostAsJsonAsync("/api/v1/orders", Input());
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var order = await api.GetFromJsonAsync<ApiOrder>(created.Headers.Location!.OriginalString);
        Assert.Equal(("PendingReview", "宜昌市", 2), (order!.Status, order.ReceiverCity, order.Lines.Count));
        Assert.Equal(3 * 20m + 18.5m, order.GoodsTotal);

        var badPhone = await api.PostAsJsonAsync("/api/v1/orders", Input() with { ReceiverMobile = "12345" });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, badPhone.StatusCode);
        Assert.Contains("手机号格式不对", (await badPhone.Content.ReadFromJsonAsync<Web.Security.ApiError>())!.Message);
        var unknown = await api.PostAsJsonAsync("/api/v1/orders", Input() with { Lines = [new("NOPE-1", 1)] });
        Assert.Equal("Sku.UnknownCode", (await unknown.Content.ReadFromJsonAsync<Web.Security.ApiError>())!.Code);
        var region = await api.PostAsJsonAsync("/api/v1/orders", Input() with { City = "火星市" });
        Assert.Equal("Region.UnknownIn", (await region.Content.ReadFromJsonAsync<Web.Security.ApiError>())!.Code);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
