using System.Net.Http.Json;
using BlazorErp.Core.AfterSales;
using BlazorErp.Core.AfterSales.Features;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Platforms.Top;
using BlazorErp.Core.Platforms.Waybills;
using BlazorErp.Core.Shipping;
using BlazorErp.Core.Shipping.Features;
using BlazorErp.PlatformSandbox.Generator;
using BlazorErp.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ChangeInput = BlazorErp.PlatformSandbox.ChangeInput;

namespace BlazorErp.IntegrationTests;

/// <summary>Refunds before shipping (货未发出), registered by customer service or followed from the platform stand-in.</summary>
public sealed class RefundTests : IClassFixture<SandboxHost>, IAsyncLifetime
{
    private readonly SandboxHost _sandbox;
    private readonly ErpFactory _app = new();
    private readonly SandboxMerchant _merchant;

    public RefundTests(SandboxHost sandbox)
    {
        _sandbox = sandbox;
        _app.Settings["Platforms:Taobao:RouterUrl"] = sandbox.BaseAddress.ToString();
        _merchant = new SandboxMerchant(_app, sandbox);
    }

    public Task InitializeAsync() => _merchant.CreateAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<WaybillCounts> CountsAsync() =>
        Assert.Single(await _app.AsUserAsync("admin", sp => sp.GetRequiredService<IWaybillService>().CountsAsync(new TopCredentials(SandboxHost.AppKey, SandboxHost.AppSecret, SandboxHost.Session), "ZTO")));

    private async Task<Order> OrderAsync(long id)
    {
        await using var db = await _app.DbAsync();
        return await db.Set<Order>().AsNoTracking().SingleAsync(o => o.Id == id);
    }

    private async Task ChangeAsync(long tid, TradeGenerator.Change change)
    {
        var at = DateTime.UtcNow.AddHours(8).AddMinutes(-2); // older than the download's lag
        (await _sandbox.Admin.PostAsJsonAsync($"sandbox/trades/{tid}/changes", new ChangeInput(change, new DateTime(at.Ticks - at.Ticks % TimeSpan.TicksPerSecond)))).EnsureSuccessStatusCode();
    }

    private Task<RefundSyncResult> SyncAsync() => _app.AsUserAsync("admin", sp => sp.GetRequiredService<SyncPlatformRefunds>().HandleAsync());

    [Fact]
    public async Task A_refund_registered_before_shipping_pulls_a_printed_order_releases_its_stock_voids_its_waybill_and_tells_finance()
    {
        var orders = await _merchant.ApprovedOrdersAsync(6);
        var batch = await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<CreatePrintBatch>().HandleAsync(orders.Select(o => o.Id).ToList()));
        Assert.True(batch.Succeeded, batch.Error?.ToString());
        Assert.True((await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<GeneratePrintBatch>().HandleAsync(batch.Value!.BatchId!.Value))).Succeeded);
        Assert.True((await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<MarkBatchPrinted>().HandleAsync(batch.Value!.BatchId!.Value))).Succeeded);
        var target = await OrderAsync(orders[0].Id);
        Assert.Equal(OrderStatus.Printed, target.Status);
        var (reservedBefore, waybillsBefore) = (await _merchant.ReservedAsync(), await CountsAsync());

        var registered = await _app.AsUserAsync("aftersales", sp => sp.GetRequiredService<RegisterCase>().HandleAsync(new CaseInput
        {
            Type = CaseType.RefundOnly, OrderId = target.Id, Reason = CaseReasons.NotShipped, Note = "买家拍错了",
            Quantities = target.Lines.Select(l => l.Quantity).ToList(),
        }));

        Assert.True(registered.Succeeded, registered.Error?.ToString());
        var after = await OrderAsync(target.Id);
        Assert.Equal((OrderStatus.Cancelled, (string?)null, 0), (after.Status, after.TrackingNo, after.Reserved.Count));
        Assert.Equal(reservedBefore - target.Reserved.Sum(r => r.Quantity), await _merchant.ReservedAsync());
        Assert.Equal(waybillsBefore.Cancelled + 1, (await CountsAsync()).Cancelled);
        var batches = await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ListPrintBatches>().HandleAsync());
        Assert.Contains(batches.Single(b => b.Id == batch.Value!.BatchId).Withdrawn, w => w.OrderId == target.Id);
        await using var db = await _app.DbAsync();
        var refund = await db.Set<Refund>().SingleAsync(r => r.CaseId == registered.Value);
        Assert.Equal((RefundKind.BeforeShipping, target.Paid, target.Tid), (refund.Kind, refund.Amount, refund.Tid));
        var @case = await db.Set<AfterSalesCase>().SingleAsync(c => c.Id == registered.Value);
        Assert.Equal((CaseStatus.Completed, target.Paid), (@case.Status, @case.RefundAmount));
    }

    [Fact]
    public async Task A_platform_refund_paid_before_shipping_takes_the_line_off_once_and_a_closed_one_sends_the_order_back_to_review()
    {
        var orders = await _merchant.ApprovedOrdersAsync(6);
        var (paid, closed) = (orders[0], orders[1]);
        await ChangeAsync(paid.Tid!.Value, TradeGenerator.Change.Refund);
        await ChangeAsync(closed.Tid!.Value, TradeGenerator.Change.Refund);
        await _merchant.DownloadAsync();
        Assert.Equal(2, await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<WithdrawRefundedOrders>().HandleAsync()));
        var reservedAfterWithdrawal = await _merchant.ReservedAsync();
        Assert.Equal(0, (await SyncAsync()).Refunded); // still being decided: the 退款 exception holds them

        await ChangeAsync(paid.Tid.Value, TradeGenerator.Change.RefundSucceeded);
        await ChangeAsync(closed.Tid.Value, TradeGenerator.Change.RefundClosed);
        var synced = await SyncAsync();
        Assert.Equal((1, 1, 0), (synced.Refunded, synced.Closed, synced.Failed));

        var refundedOrder = await OrderAsync(paid.Id);
        var firstLine = paid.Lines[0];
        Assert.DoesNotContain(refundedOrder.Lines, l => l.Oid == firstLine.Oid);
        Assert.Equal(paid.Lines.Count == 1 ? OrderStatus.Cancelled : OrderStatus.PendingReview, refundedOrder.Status);
        Assert.False(refundedOrder.Flags.HasFlag(OrderFlags.RefundRequested));
        await using (var db = await _app.DbAsync())
        {
            var @case = await db.Set<AfterSalesCase>().SingleAsync(c => c.OrderId == paid.Id);
            Assert.Equal((CaseType.RefundOnly, "SUCCESS", CaseReasons.Platform), (@case.Type, @case.PlatformRefundStatus, @case.Reason));
            var refund = await db.Set<Refund>().SingleAsync(r => r.OrderId == paid.Id);
            Assert.Equal((RefundKind.BeforeShipping, firstLine.Payment), (refund.Kind, refund.Amount)); // the platform's refund_fee
        }
        var back = await OrderAsync(closed.Id);
        Assert.Equal((OrderStatus.PendingReview, OrderFlags.None), (back.Status, back.Flags));
        Assert.Equal("平台退款已关闭，继续发货", back.RejectReason);
        Assert.Equal(reservedAfterWithdrawal, await _merchant.ReservedAsync()); // nothing reserved twice or released twice

        // Reading the same refunds again changes nothing.
        var again = await SyncAsync();
        Assert.Equal((0, 0, 0), (again.Refunded, again.Closed, again.CasesOpened));
        await using var read = await _app.DbAsync();
        Assert.Equal(1, await read.Set<Refund>().CountAsync(r => r.OrderId == paid.Id));
    }
}
