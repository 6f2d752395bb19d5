using System.Net.Http.Json;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.Inventory.Features;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Orders.Features;
using BlazorErp.Core.Platforms;
using BlazorErp.Core.Platforms.Features;
using BlazorErp.Core.Platforms.Top;
using BlazorErp.Core.Platforms.Waybills;
using BlazorErp.Core.Review.Features;
using BlazorErp.Core.Shipping;
using BlazorErp.Core.Shipping.Features;
using BlazorErp.PlatformSandbox.Generator;
using BlazorErp.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using ChangeInput = BlazorErp.PlatformSandbox.ChangeInput;

namespace BlazorErp.IntegrationTests;

/// <summary>单据打印 against the platform stand-in: refund check, e-waybill numbers, the batch's documents read back, printing and voiding.</summary>
public sealed class PrintBatchTests : IClassFixture<SandboxHost>, IAsyncLifetime
{
    private readonly SandboxHost _sandbox;
    private readonly ErpFactory _app = new();
    private readonly SandboxMerchant _merchant;

    public PrintBatchTests(SandboxHost sandbox)
    {
        _sandbox = sandbox;
        _app.Settings["Platforms:Taobao:RouterUrl"] = sandbox.BaseAddress.ToString();
        _merchant = new SandboxMerchant(_app, sandbox);
    }

    private Task<T> Admin<T>(Func<IServiceProvider, Task<T>> work) => _app.AsUserAsync("admin", work);

    public Task InitializeAsync() => _merchant.CreateAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task<List<Order>> ApprovedOrdersAsync(int trades) => _merchant.ApprovedOrdersAsync(trades);

    private async Task<WaybillCounts> CountsAsync() =>
        Assert.Single(await Admin(sp => sp.GetRequiredService<IWaybillService>().CountsAsync(new TopCredentials(SandboxHost.AppKey, SandboxHost.AppSecret, SandboxHost.Session), "ZTO")));

    [Fact]
    public async Task A_batch_pulls_refunded_orders_out_reserves_numbers_renders_readable_documents_and_prints()
    {
        var orders = await ApprovedOrdersAsync(10);
        var refunded = orders[0];
        // The buyer asked for a refund after the last download: only the print station's refund check can see it.
        var at = DateTime.UtcNow.AddHours(8).AddMinutes(-1);
        (await _sandbox.Admin.PostAsJsonAsync($"sandbox/trades/{refunded.Tid}/changes", new ChangeInput(TradeGenerator.Change.Refund, new DateTime(at.Ticks - at.Ticks % TimeSpan.TicksPerSecond)))).EnsureSuccessStatusCode();
        var before = await CountsAsync();

        var created = await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<CreatePrintBatch>().HandleAsync(orders.Select(o => o.Id).ToList()));

        Assert.True(created.Succeeded, created.Error?.ToString());
        var outcome = created.Value!;
        Assert.Equal([refunded.Id], outcome.Withdrawn.Select(w => w.OrderId));
        Assert.Empty(outcome.Refused);
        var batchId = outcome.BatchId!.Value;
        await using (var db = await _app.DbAsync())
        {
            var pulled = await db.Set<Order>().AsNoTracking().SingleAsync(o => o.Id == refunded.Id);
            Assert.Equal((OrderStatus.Approved, true, (string?)null), (pulled.Status, pulled.Flags.HasFlag(OrderFlags.RefundRequested), pulled.TrackingNo));
        }
        var printed = orders.Skip(1).ToList();
        var numbered = await TrackingNumbersAsync(printed);
        Assert.All(numbered.Values, n => Assert.Matches(@"^7\d{11}$", n));
        Assert.Equal(printed.Count, numbered.Values.Distinct().Count());
        Assert.Equal(before.Allocated + printed.Count, (await CountsAsync()).Allocated);

        // Asking again for the same orders prints nothing twice.
        var again = await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<CreatePrintBatch>().HandleAsync(printed.Select(o => o.Id).ToList()));
        Assert.Null(again.Value!.BatchId);

        Assert.True((await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<GeneratePrintBatch>().HandleAsync(batchId))).Succeeded);
        var batches = await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ListPrintBatches>().HandleAsync());
        Assert.Equal(PrintBatchStatus.Ready, batches.Single(b => b.Id == batchId).Status);

        // The documents say what they must: every page names its receiver and tracking number, the slips the merchant codes.
        var files = await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ListPrintBatches>().FileAsync(batchId, PrintFileKind.Waybills));
        var pages = PdfText.Pages(files!.Content);
        Assert.Equal(printed.Count, pages.Count);
        foreach (var (order, page) in printed.Zip(pages))
        {
            Assert.Contains(numbered[order.Id], page);
            Assert.Contains(PdfText.Normalize(order.Receiver.Name), page);
            Assert.Contains(PdfText.Normalize(order.Receiver.Address), page);
        }
        var slips = PdfText.Pages((await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ListPrintBatches>().FileAsync(batchId, PrintFileKind.PackingSlips)))!.Content);
        foreach (var order in printed)
            Assert.Contains(slips, page => page.Contains(numbered[order.Id]) && order.Lines.All(l => page.Contains(l.MerchantCode!)));
        var pickList = (await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ListPrintBatches>().FileAsync(batchId, PrintFileKind.PickList)))!.Content;
        var rows = new MemoryStream(pickList).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(printed.Sum(o => o.Reserved.Sum(r => r.Quantity)), rows.Sum(r => Convert.ToInt32(r["数量"], System.Globalization.CultureInfo.InvariantCulture)));

        // Printing moves the orders on and counts the labels; a reprint needs a reason.
        Assert.True((await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<MarkBatchPrinted>().HandleAsync(batchId))).Succeeded);
        await using (var db = await _app.DbAsync())
            Assert.All(await db.Set<Order>().AsNoTracking().Where(o => o.PrintBatchId == batchId).ToListAsync(), o => Assert.Equal(OrderStatus.Printed, o.Status));
        Assert.Equal(before.Printed + printed.Count, (await CountsAsync()).Printed);
        Assert.Equal("PrintBatch.ReprintReasonRequired", (await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<MarkBatchPrinted>().HandleAsync(batchId, " "))).Error?.Code);
        Assert.True((await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<MarkBatchPrinted>().HandleAsync(batchId, "打印机卡纸"))).Succeeded);
        Assert.Equal("打印机卡纸", (await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ListPrintBatches>().HandleAsync())).Single(b => b.Id == batchId).Reprints.Single().Reason);

        // Sent back to review from the packing table: stock released, the number voided on the platform.
        var back = printed[0];
        var rejected = await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<RejectToReview>().HandleAsync(back.Id, null, "缺货，换仓发"));
        Assert.True(rejected.Succeeded, rejected.Error?.ToString());
        Assert.Equal(before.Cancelled + 1, (await CountsAsync()).Cancelled);

        // A refund arrives by download for a printed parcel: it is pulled back, its stock released, its label voided and
        // listed as withdrawn on the batch.
        var late = printed[1];
        var lateAt = DateTime.UtcNow.AddHours(8).AddMinutes(-2); // older than the download's one-minute lag
        (await _sandbox.Admin.PostAsJsonAsync($"sandbox/trades/{late.Tid}/changes", new ChangeInput(TradeGenerator.Change.Refund, new DateTime(lateAt.Ticks - lateAt.Ticks % TimeSpan.TicksPerSecond)))).EnsureSuccessStatusCode();
        await _merchant.DownloadAsync();
        var reservedBefore = await ReservedAsync();

        // The order the refund check kept out of the batch still held its approval's stock: it comes back too.
        Assert.Equal(2, await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<WithdrawRefundedOrders>().HandleAsync()));

        await using (var db = await _app.DbAsync())
        {
            var pulled = await db.Set<Order>().AsNoTracking().SingleAsync(o => o.Id == late.Id);
            Assert.Equal((OrderStatus.PendingReview, true, (string?)null), (pulled.Status, pulled.Flags.HasFlag(OrderFlags.RefundRequested), pulled.TrackingNo));
        }
        Assert.Equal(reservedBefore - late.Reserved.Sum(r => r.Quantity) - refunded.Reserved.Sum(r => r.Quantity), await ReservedAsync());
        Assert.Equal(before.Cancelled + 2, (await CountsAsync()).Cancelled);
        var withdrawnNow = (await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ListPrintBatches>().HandleAsync())).Single(b => b.Id == batchId).Withdrawn;
        Assert.Contains(withdrawnNow, w => w.OrderId == late.Id && w.Reason == WithdrawRefundedOrders.Reason);
    }

    private Task<int> ReservedAsync() => _merchant.ReservedAsync();

    private async Task<Dictionary<long, string>> TrackingNumbersAsync(IEnumerable<Order> orders)
    {
        var ids = orders.Select(o => o.Id).ToList();
        await using var db = await _app.DbAsync();
        return await db.Set<Order>().AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.TrackingNo!);
    }
}
