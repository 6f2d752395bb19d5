using System.Collections.Concurrent;
using BlazorErp.Core.Admin;
using BlazorErp.Core.Admin.Features;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Realtime;
using BlazorErp.Core.Review;
using BlazorErp.Core.Review.Features;
using BlazorErp.Web.Realtime;
using BlazorErp.Web.Security;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.IntegrationTests;

/// <summary>The review queue on a real database: approval with reservations, claims, stale saves, rules, live notifications.</summary>
public sealed class ReviewQueueTests(ErpFactory app) : IClassFixture<ErpFactory>
{
    private static int _worlds;
    private Task<ReviewWorld> WorldAsync(Dictionary<string, int> stock) =>
        ReviewWorld.CreateAsync(app, "R" + Interlocked.Increment(ref _worlds), stock);

    private Task<T> As<T>(string user, Func<IServiceProvider, Task<T>> work) => app.AsUserAsync(user, work);

    private async Task<Order> OrderAsync(long id)
    {
        await using var db = await app.DbAsync();
        return await db.Set<Order>().AsNoTracking().SingleAsync(o => o.Id == id);
    }

    [Fact]
    public async Task Approving_reserves_the_stock_and_rejecting_releases_exactly_that()
    {
        var world = await WorldAsync(new() { ["A1"] = 10, ["B1"] = 10 });
        var id = (await world.AddOrdersAsync(app, 1, new Dictionary<string, int> { ["A1"] = 2, ["B1"] = 3 }))[0];

        var approved = await As("reviewer", sp => sp.GetRequiredService<ApproveOrders>().HandleAsync([new ApproveRequest(id)]));
        Assert.True(approved[0].Approved, approved[0].Error?.ToString());
        Assert.Equal(OrderStatus.Approved, (await OrderAsync(id)).Status);
        Assert.Equal((10, 2), await world.LevelAsync(app, "A1"));
        Assert.Equal((10, 3), await world.LevelAsync(app, "B1"));

        var rejected = await As("warehouse", sp => sp.GetRequiredService<RejectToReview>().HandleAsync(id, null, "面单打错了"));
        Assert.True(rejected.Succeeded, rejected.Error?.ToString());
        var order = await OrderAsync(id);
        Assert.Equal((OrderStatus.PendingReview, "面单打错了"), (order.Status, order.RejectReason));
        Assert.Equal((10, 0), await world.LevelAsync(app, "A1"));
        Assert.Equal((10, 0), await world.LevelAsync(app, "B1"));
        Assert.Empty(order.Reserved);
        await using var db = await app.DbAsync();
        var booked = await db.Set<StockLedgerEntry>().Where(e => e.Bucket == StockBucket.Reserved && e.DocumentId == id
            && (e.DocumentType == StockDocumentType.OrderReservation || e.DocumentType == StockDocumentType.ApprovalBatch)).ToListAsync();
        Assert.Equal([2, 3, -2, -3], booked.OrderBy(e => e.Id).Select(e => e.Quantity)); // reserved, then released, under the order's number
    }

    [Fact]
    public async Task A_batch_reports_per_order_and_only_approves_what_stock_covers()
    {
        var world = await WorldAsync(new() { ["C1"] = 5 });
        var ids = await world.AddOrdersAsync(app, 3, new Dictionary<string, int> { ["C1"] = 2 });
        var messaged = (await world.AddOrdersAsync(app, 1, new Dictionary<string, int> { ["C1"] = 1 }, buyerMessage: "请周末送"))[0];

        var outcomes = await As("reviewer", sp => sp.GetRequiredService<ApproveOrders>().HandleAsync([.. ids.Select(i => new ApproveRequest(i)), new ApproveRequest(messaged)]));

        Assert.Equal([true, true, false, false], outcomes.Select(o => o.Approved));
        Assert.Contains("OutOfStock", outcomes[2].Error!.Args.Single()!.ToString());      // 5 on hand: two orders of 2 fit
        Assert.Contains("BuyerMessage", outcomes[3].Error!.Args.Single()!.ToString());    // must be read first
        Assert.Equal((5, 4), await world.LevelAsync(app, "C1"));
        var third = await OrderAsync(ids[2]);
        Assert.Equal(OrderStatus.PendingReview, third.Status);
        Assert.True(third.Findings.HasFlag(ReviewFinding.OutOfStock)); // the checks ran and are visible on the row
    }

    [Fact]
    public async Task A_claimed_order_cannot_be_changed_by_another_clerk_and_a_stale_save_names_who_changed_it()
    {
        var world = await WorldAsync(new() { ["D1"] = 10 });
        var id = (await world.AddOrdersAsync(app, 1, new Dictionary<string, int> { ["D1"] = 1 }))[0];
        var seen = await OrderAsync(id);

        Assert.True((await As("reviewer", sp => sp.GetRequiredService<ClaimOrder>().HandleAsync(id))).Mine);
        var other = await As("reviewer2", sp => sp.GetRequiredService<ClaimOrder>().HandleAsync(id));
        Assert.Equal((false, "张三"), (other.Mine, other.HolderName));
        var blocked = await As("reviewer2", sp => sp.GetRequiredService<SaveReviewOrder>().HandleAsync(Edit(seen) with { ServiceRemark = "李娜改的" }));
        Assert.Equal(("Review.ClaimedBy", "张三"), (blocked.Error?.Code, blocked.Error?.Args[0]));
        var approveBlocked = await As("reviewer2", sp => sp.GetRequiredService<ApproveOrders>().HandleAsync([new ApproveRequest(id)]));
        Assert.Equal("Review.ClaimedBy", approveBlocked[0].Error?.Code);

        // 张三 steps away; 李娜 saves; 张三's form, still at the old version, is refused — not overwritten.
        await As("reviewer", async sp => { await sp.GetRequiredService<ReleaseOrder>().HandleAsync(id); return 0; });
        Assert.True((await As("reviewer2", sp => sp.GetRequiredService<SaveReviewOrder>().HandleAsync(Edit(seen) with { ServiceRemark = "李娜改的" }))).Succeeded);
        var stale = await As("reviewer", sp => sp.GetRequiredService<SaveReviewOrder>().HandleAsync(Edit(seen) with { ServiceRemark = "张三改的" }));
        Assert.Equal(("Order.Stale", "李娜"), (stale.Error?.Code, stale.Error?.Args[0]));
        Assert.Equal("李娜改的", (await OrderAsync(id)).ServiceRemark);
    }

    [Fact]
    public async Task Taking_over_a_claim_tells_the_holder()
    {
        var world = await WorldAsync(new() { ["E1"] = 10 });
        var id = (await world.AddOrdersAsync(app, 1, new Dictionary<string, int> { ["E1"] = 1 }))[0];
        await As("reviewer", sp => sp.GetRequiredService<ClaimOrder>().HandleAsync(id));
        var taken = await As("reviewer2", sp => sp.GetRequiredService<ClaimOrder>().HandleAsync(id, takeOver: true));
        Assert.Equal((true, "张三"), (taken.Mine, taken.TakenFromName));
        var view = await As("reviewer", sp => sp.GetRequiredService<GetReviewOrder>().HandleAsync(id));
        Assert.Equal(("李娜", false), (view!.ClaimedBy, view.ClaimedByMe));
        var renewal = await As("reviewer", sp => sp.GetRequiredService<ClaimOrder>().HandleAsync(id));
        Assert.Equal((false, "李娜"), (renewal.Mine, renewal.HolderName));
    }

    [Fact]
    public async Task Split_creates_a_linked_order_with_the_split_quantities()
    {
        var world = await WorldAsync(new() { ["XIA"] = 10, ["OUDAI"] = 10 });
        var id = (await world.AddOrdersAsync(app, 1, new Dictionary<string, int> { ["XIA"] = 2, ["OUDAI"] = 3 }))[0];
        var order = await OrderAsync(id);

        var split = await As("reviewer", sp => sp.GetRequiredService<SplitOrder>().HandleAsync(id, order.Version, [0, 3]));

        Assert.True(split.Succeeded, split.Error?.ToString());
        var (kept, part) = (await OrderAsync(id), await OrderAsync(split.Value));
        Assert.Equal([("XIA", 2)], kept.Lines.Select(l => (l.MerchantCode!, l.Quantity)));
        Assert.Equal([("OUDAI", 3)], part.Lines.Select(l => (l.MerchantCode!, l.Quantity)));
        Assert.Equal((id, OrderStatus.PendingReview), (part.SplitFromOrderId!.Value, part.Status));
        Assert.Equal(order.Paid, kept.Paid + part.Paid);
    }

    [Fact]
    public async Task Orders_of_one_buyer_and_address_that_intake_did_not_merge_are_suggested_and_merged_on_request()
    {
        var world = await WorldAsync(new() { ["M1"] = 10 });
        var receiver = ReviewWorld.Receiver(name: "合并测试");
        var ids = await world.AddOrdersAsync(app, 1, new Dictionary<string, int> { ["M1"] = 1 }, receiver);
        ids.AddRange(await world.AddOrdersAsync(app, 1, new Dictionary<string, int> { ["M1"] = 2 }, receiver));
        await using (var db = await app.DbAsync()) // same buyer: AddOrdersAsync numbers buyers per call
            await db.Set<Order>().Where(o => ids.Contains(o.Id)).ExecuteUpdateAsync(u => u.SetProperty(o => o.BuyerNick, "回头客"));

        var suggestions = await As("reviewer", sp => sp.GetRequiredService<MergeOrders>().SuggestionsAsync(world.ShopId));
        Assert.Equal([ids], suggestions.Select(s => s.OrderIds));
        var merged = await As("reviewer", sp => sp.GetRequiredService<MergeOrders>().HandleAsync(ids));

        Assert.Equal(ids[0], merged.Value);
        var (target, other) = (await OrderAsync(ids[0]), await OrderAsync(ids[1]));
        Assert.Equal([1, 2], target.Lines.Select(l => l.Quantity));
        Assert.Equal((OrderStatus.Merged, ids[0]), (other.Status, other.MergedIntoOrderId!.Value));
        Assert.Empty(await As("reviewer", sp => sp.GetRequiredService<MergeOrders>().SuggestionsAsync(world.ShopId)));
    }

    [Fact]
    public async Task A_flagged_exception_leaves_the_review_list_and_is_counted_under_its_reason_until_resolved()
    {
        var world = await WorldAsync(new() { ["X1"] = 10 });
        var id = (await world.AddOrdersAsync(app, 1, new Dictionary<string, int> { ["X1"] = 1 }))[0];
        var queue = () => As("reviewer", sp => sp.GetRequiredService<GetReviewQueue>().ExceptionCountsAsync());
        var before = (await queue())[OrderFlags.AddressProblem];

        Assert.True((await As("reviewer", sp => sp.GetRequiredService<FlagOrderException>().HandleAsync(id, 0, OrderFlags.AddressProblem, "门牌号不对"))).Succeeded);
        Assert.Equal(before + 1, (await queue())[OrderFlags.AddressProblem]);
        var pending = await As("reviewer", sp => sp.GetRequiredService<GetReviewQueue>().HandleAsync(new ReviewQuery { ShopId = world.ShopId }));
        Assert.DoesNotContain(pending.Rows, r => r.Id == id);

        var order = await OrderAsync(id);
        Assert.True((await As("reviewer", sp => sp.GetRequiredService<ResolveOrderException>().HandleAsync(id, order.Version, OrderFlags.AddressProblem))).Succeeded);
        Assert.Equal(before, (await queue())[OrderFlags.AddressProblem]);
    }

    [Fact]
    public async Task Preparation_applies_rules_parks_remote_orders_and_auto_approves_clean_orders_of_a_strategy_shop()
    {
        var world = await WorldAsync(new() { ["F1"] = 100 });
        var big = (await world.AddOrdersAsync(app, 1, new Dictionary<string, int> { ["F1"] = 40 }, assign: false))[0]; // 1,200 元
        var small = (await world.AddOrdersAsync(app, 1, new Dictionary<string, int> { ["F1"] = 1 }, assign: false))[0];
        var xinjiang = (await world.AddOrdersAsync(app, 1, new Dictionary<string, int> { ["F1"] = 1 }, ReviewWorld.Receiver("新疆", "乌鲁木齐", "天山区"), assign: false))[0];
        var sf = await As("admin", async sp => (await sp.GetRequiredService<Core.MasterData.Features.SaveCourier>().HandleAsync(
            new() { Code = "SF-" + world.ShopId, Name = "顺丰速运", Rates = [new(null, 1, 12, 2)] })).Value);
        var rules = await As("manager", async sp =>
        {
            var save = sp.GetRequiredService<SaveAssignmentRule>();
            var expensive = (await save.HandleAsync(new AssignmentRuleInput(null, 1, "≥999 顺丰", world.ShopId, 999m, [], sf, null))).Value;
            var fallback = (await save.HandleAsync(new AssignmentRuleInput(null, 9, "默认中通", world.ShopId, null, [], world.CourierId, world.WarehouseId))).Value;
            return (expensive, fallback);
        });

        // Rules are created disabled; the simulator shows what enabling one would do, and changes nothing.
        var simulated = await As("manager", sp => sp.GetRequiredService<SimulateRules>().HandleAsync(new RuleSimulation(EnableRuleId: rules.fallback)));
        Assert.Contains(simulated, c => c.OrderId == small && c.CourierAfter!.EndsWith("中通快递") && c.CourierBefore is null);
        Assert.Null((await OrderAsync(small)).CourierId);

        await As("manager", async sp =>
        {
            var save = sp.GetRequiredService<SaveAssignmentRule>();
            await save.SetEnabledAsync(rules.expensive, true);
            await save.SetEnabledAsync(rules.fallback, true);
            return (await sp.GetRequiredService<SaveReviewSettings>().SetShopAsync(new ShopReviewInput(world.ShopId, true, null, null))).Succeeded;
        });
        var summary = await As("admin", sp => sp.GetRequiredService<PrepareForReview>().HandleAsync());

        Assert.True(summary.AutoApproved >= 2);
        var (bigOrder, smallOrder, remote) = (await OrderAsync(big), await OrderAsync(small), await OrderAsync(xinjiang));
        Assert.Equal((sf, OrderStatus.Approved), (bigOrder.CourierId!.Value, bigOrder.Status));
        Assert.Equal((world.CourierId, OrderStatus.Approved), (smallOrder.CourierId!.Value, smallOrder.Status));
        Assert.Equal((true, OrderStatus.PendingReview), (remote.InRemoteArea, remote.Status));
        await using (var db = await app.DbAsync())
            Assert.Equal(Core.MasterData.WarehouseType.RemoteAreaBucket, (await db.Set<Core.MasterData.Warehouse>().SingleAsync(w => w.Id == remote.WarehouseId)).Type);
        Assert.Equal((100, 41), await world.LevelAsync(app, "F1"));
    }

    [Fact]
    public async Task Queue_changes_are_published_after_commit_and_never_for_a_rollback()
    {
        var world = await WorldAsync(new() { ["G1"] = 10 });
        var received = new ConcurrentQueue<QueueChanged>();
        using var subscription = app.Services.GetRequiredService<IQueueNotifier>().Subscribe(batch =>
        {
            foreach (var change in batch) received.Enqueue(change);
            return Task.CompletedTask;
        });

        await using (var db = await app.DbAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var order = Order.Manual(world.ShopId, "rolled-back", ReviewWorld.Receiver(), [new OrderLine(0, 1, "G1", "G1", null, 1, 1, 1, world.Skus["G1"], false)], 0, null, null, DateTime.UtcNow);
            db.Add(order);
            await db.SaveChangesAsync();
            await Task.Delay(200);
            Assert.Empty(received); // saved, not committed: nobody hears of it yet
            await transaction.RollbackAsync();
        }
        var id = (await world.AddOrdersAsync(app, 1, new Dictionary<string, int> { ["G1"] = 1 }))[0];
        await Eventually(() => received.Any(c => c.Id == id));
        Assert.Contains(new QueueChanged(Queue.Review, id, 0, QueueChangeKind.Added), received);
        Assert.DoesNotContain(received, c => c.Queue == Queue.Review && c.Id != id && c.Kind == QueueChangeKind.Added);

        // Approval moves it within Review and into Print: an update here, an addition there.
        await As("reviewer", sp => sp.GetRequiredService<ApproveOrders>().HandleAsync([new ApproveRequest(id)]));
        await Eventually(() => received.Any(c => c.Id == id && c.Queue == Queue.Print));
        Assert.Contains(received, c => c.Id == id && c.Queue == Queue.Review && c.Kind == QueueChangeKind.Updated);
    }

    [Fact]
    public async Task A_signalr_client_receives_queue_changed_for_another_users_change_and_may_only_join_its_queues()
    {
        var world = await WorldAsync(new() { ["H1"] = 10 });
        var key = await As("admin", async sp => (await sp.GetRequiredService<CreateApiKey>().HandleAsync("wall-dashboard")).Value!);
        var server = app.Server;
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, QueueHub.Path), options =>
            {
                options.Transports = HttpTransportType.LongPolling; // the in-memory test server speaks HTTP, not sockets
                options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                options.Headers[ApiKeyAuthenticationHandler.Header] = key.PlainKey;
            })
            .Build();
        var received = new ConcurrentQueue<QueueChanged>();
        connection.On<List<QueueChanged>>(QueueHub.Method, batch => { foreach (var change in batch) received.Enqueue(change); });
        await connection.StartAsync();
        await connection.InvokeAsync("Join", Queue.Review);

        var id = (await world.AddOrdersAsync(app, 1, new Dictionary<string, int> { ["H1"] = 1 }))[0];
        await As("reviewer", sp => sp.GetRequiredService<ApproveOrders>().HandleAsync([new ApproveRequest(id)]));

        await Eventually(() => received.Any(c => c.Id == id && c.Kind == QueueChangeKind.Updated));
        Assert.All(received, c => Assert.Equal(Queue.Review, c.Queue)); // joined Review only
    }

    [Fact]
    public async Task A_scale_client_reports_weights_to_its_station_through_the_hub()
    {
        var key = await As("admin", async sp => (await sp.GetRequiredService<CreateApiKey>().HandleAsync("scale-" + Guid.NewGuid().ToString("N")[..6])).Value!);
        var server = app.Server;
        await using var scale = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, QueueHub.Path), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                options.Headers[ApiKeyAuthenticationHandler.Header] = key.PlainKey;
            }).Build();
        var readings = new ConcurrentQueue<(string Station, decimal Kg)>();
        var scales = app.Services.GetRequiredService<ScaleReadings>();
        void OnWeighed(string station, decimal kg) => readings.Enqueue((station, kg));
        scales.Weighed += OnWeighed;
        try
        {
            await scale.StartAsync();
            await scale.InvokeAsync("ReportWeight", "3号台", 1.25m);
            await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => scale.InvokeAsync("ReportWeight", "3号台", -1m));
            Assert.Equal([("3号台", 1.25m)], readings);
        }
        finally
        {
            scales.Weighed -= OnWeighed;
        }
    }

    [Fact]
    public async Task The_hub_refuses_anonymous_callers_and_queues_outside_a_role()
    {
        var server = app.Server;
        HubConnection Connect(Action<Microsoft.AspNetCore.Http.Connections.Client.HttpConnectionOptions>? extra = null) => new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, QueueHub.Path), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                extra?.Invoke(options);
            }).Build();

        await using var anonymous = Connect();
        await Assert.ThrowsAnyAsync<Exception>(() => anonymous.StartAsync());

        // A finance clerk's sign-in cookie may connect, but not follow the review queue.
        var cookies = new System.Net.CookieContainer();
        var browser = app.CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies));
        await ErpFactory.PostLoginAsync(browser, "finance", SeedIdentity.DemoPassword);
        await using var finance = Connect(o => o.Headers["Cookie"] = cookies.GetCookieHeader(server.BaseAddress));
        await finance.StartAsync();
        await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => finance.InvokeAsync("Join", Queue.Review));
    }

    [Fact]
    public async Task Twenty_parallel_clerks_claiming_and_approving_the_same_thousand_orders_approve_each_exactly_once()
    {
        var world = await WorldAsync(new() { ["P1"] = 1_500, ["P2"] = 3_000 });
        var ids = await world.AddOrdersAsync(app, 1_000, new Dictionary<string, int> { ["P1"] = 1, ["P2"] = 2 });
        var clerks = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var name = $"clerk{world.ShopId}x{i}";
            await As("admin", sp => sp.GetRequiredService<CreateUser>().HandleAsync(new CreateUserInput
            {
                UserName = name, DisplayName = "审单员" + i, Password = "Clerk@2026", Roles = [Role.ReviewClerk],
            }));
            clerks.Add(name);
        }
        var idSet = ids.ToHashSet();
        var approvals = new ConcurrentBag<long>();

        // Half the clerks open orders one by one (claim → approve → release); the other half approve pages in batches.
        var work = clerks.Select((clerk, n) => Task.Run(() => As(clerk, async sp =>
        {
            var random = new Random(n);
            var claim = sp.GetRequiredService<ClaimOrder>();
            var release = sp.GetRequiredService<ReleaseOrder>();
            var approve = sp.GetRequiredService<ApproveOrders>();
            var contexts = sp.GetRequiredService<IDbContextFactory<Core.Common.ErpDbContext>>();
            while (true)
            {
                List<long> pending;
                await using (var db = await contexts.CreateDbContextAsync())
                    pending = await db.Set<Order>().Where(o => o.ShopId == world.ShopId && o.Status == OrderStatus.PendingReview)
                        .OrderBy(o => o.Id).Select(o => o.Id).Take(60).ToListAsync();
                if (pending.Count == 0) return 0;
                if (n % 2 == 0)
                {
                    var id = pending[random.Next(pending.Count)];
                    if (!(await claim.HandleAsync(id)).Mine) continue;
                    var outcome = (await approve.HandleAsync([new ApproveRequest(id)]))[0];
                    if (outcome.Approved) approvals.Add(id);
                    await release.HandleAsync(id);
                }
                else
                {
                    var batch = pending.OrderBy(_ => random.Next()).Take(20).Select(id => new ApproveRequest(id)).ToList();
                    foreach (var outcome in await approve.HandleAsync(batch))
                        if (outcome.Approved) approvals.Add(outcome.OrderId);
                }
            }
        }))).ToList();
        var all = Task.WhenAll(work);
        Assert.Same(all, await Task.WhenAny(all, Task.Delay(TimeSpan.FromMinutes(4)))); // no deadlock, no livelock
        await all;

        Assert.Equal(1_000, approvals.Count);             // every approval reported once …
        Assert.Equal(idSet, approvals.ToHashSet());        // … for each order
        await using var check = await app.DbAsync();
        Assert.Equal(1_000, await check.Set<Order>().CountAsync(o => o.ShopId == world.ShopId && o.Status == OrderStatus.Approved));
        Assert.Equal((1_500, 1_000), await world.LevelAsync(app, "P1"));
        Assert.Equal((3_000, 2_000), await world.LevelAsync(app, "P2"));
        // The ledger explains every reserved unit, and each approved order holds exactly its own share.
        foreach (var code in new[] { "P1", "P2" })
        {
            var skuId = world.Skus[code];
            var ledger = await check.Set<StockLedgerEntry>().Where(e => e.WarehouseId == world.WarehouseId && e.SkuId == skuId && e.Bucket == StockBucket.Reserved).SumAsync(e => e.Quantity);
            Assert.Equal((await world.LevelAsync(app, code)).Reserved, ledger);
        }
        var approvedOrders = await check.Set<Order>().AsNoTracking().Where(o => o.ShopId == world.ShopId).ToListAsync();
        Assert.All(approvedOrders, o => Assert.Equal([(world.Skus["P1"], 1), (world.Skus["P2"], 2)], o.Reserved.Select(r => (r.SkuId, r.Quantity))));
    }

    private static ReviewOrderEdit Edit(Order order) => new()
    {
        OrderId = order.Id, Version = order.Version, ReceiverName = order.Receiver.Name, ReceiverMobile = order.Receiver.Mobile,
        RegionCode = order.Receiver.DistrictCode!, Address = order.Receiver.Address, CourierId = order.CourierId, WarehouseId = order.WarehouseId,
        ServiceRemark = order.ServiceRemark, LineQuantities = order.Lines.Select(l => l.Quantity).ToList(),
    };

    private static async Task Eventually(Func<bool> condition)
    {
        for (var waited = 0; waited < 10_000 && !condition(); waited += 50) await Task.Delay(50);
        Assert.True(condition(), "the expected notification did not arrive within 10 s");
    }
}
