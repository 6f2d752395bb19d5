using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Reporting;
using BlazorErp.Core.Reporting.Features;
using BlazorErp.Core.Review.Features;
using BlazorErp.Core.Shipping.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace BlazorErp.IntegrationTests;

/// <summary>
/// The sales ledger and the dashboard's summary rows, written by the real use cases on a real database with the
/// clock moved through two China days: what they report equals what the stations did and what the parcels carried.
/// </summary>
public sealed class ReportingTests : IAsyncLifetime
{
    private static readonly DateOnly Day1 = new(2026, 3, 2), Day2 = new(2026, 3, 3);
    private readonly StepClock _clock = new();
    private readonly ErpFactory _app;
    private ReviewWorld _world = default!;

    public ReportingTests() => _app = new ErpFactory { Clock = _clock };

    public async Task InitializeAsync()
    {
        At(Day1, 8);
        _world = await ReviewWorld.CreateAsync(_app, "R", new Dictionary<string, int> { ["RA"] = 100, ["RB"] = 100 });
        await using var db = await _app.DbAsync();
        foreach (var sku in await db.Set<Sku>().Where(s => s.MerchantCode == "RA" || s.MerchantCode == "RB").ToListAsync())
            Assert.True(sku.Update(new SkuDetails(sku.MerchantCode, sku.SpecName, [.. sku.Barcodes.Select(b => b.Code)], sku.RetailPrice, sku.MinPrice,
                sku.MerchantCode == "RA" ? 12.5m : 4m, sku.WeightGrams)).Succeeded);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_ledger_totals_equal_the_shipped_lines_on_both_time_bases_with_a_reversal_and_a_reship()
    {
        // Day 1: two orders approved at 10:00 and shipped at 15:00; the first with two lines and the buyer's postage.
        At(Day1, 10);
        var first = await OrderAsync([("RA", 2, 30m, 55m), ("RB", 1, 20m, 20m)], postFee: 8m); // 5 元 line discount on RA
        var second = await OrderAsync([("RA", 1, 30m, 30m)], postFee: 0m);
        await ApproveAsync(first, second);
        At(Day1, 12);
        await PrintAsync("ZT1-", first, second);
        At(Day1, 15);
        var freight1 = await InspectAndShipAsync(first, ["RA", "RA", "RB"], 1.2m);
        var freight2 = await InspectAndShipAsync(second, ["RA"], 0.6m);

        // Day 2, 09:00: the first parcel is reversed (wrong warehouse), approved again at 10:00 and shipped again at 16:00.
        At(Day2, 9);
        Assert.True((await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ReverseShipment>().HandleAsync(first, "发错仓库"))).Succeeded);
        At(Day2, 10);
        await ApproveAsync(first);
        await PrintAsync("ZT2-", first);
        At(Day2, 16);
        var freight1Again = await InspectAndShipAsync(first, ["RA", "RA", "RB"], 1.2m);

        // What the parcels carried, worked out by hand: amounts, costs (RA 12.50, RB 4.00), freight and postage.
        var parcel1 = new Expected(Lines: 2, Quantity: 3, Amount: 75m, Discount: 5m, Cost: 29m, Freight: freight1, PostFee: 8m);
        var parcel2 = new Expected(1, 1, 30m, 0m, 12.5m, freight2, 0m);
        var parcel1Again = parcel1 with { Freight = freight1Again };
        var none = new Expected(0, 0, 0, 0, 0, 0, 0);

        // 发货时间: each day shows what left (or came back) that day; the reversal is a negative line on day 2.
        await AssertLedgerAsync(SalesTimeBasis.Shipped, Day1, Day1, parcel1 + parcel2, lines: 3);
        await AssertLedgerAsync(SalesTimeBasis.Shipped, Day2, Day2, parcel1Again - parcel1 with { Lines = 0 }, lines: 4);
        await AssertLedgerAsync(SalesTimeBasis.Shipped, Day1, Day2, parcel1Again + parcel2, lines: 7);
        // 审核时间: the reversal falls in the approval it undoes (day 1), where the pair cancels; the re-shipment in its new approval.
        await AssertLedgerAsync(SalesTimeBasis.Approved, Day1, Day1, parcel2, lines: 5);
        await AssertLedgerAsync(SalesTimeBasis.Approved, Day2, Day2, parcel1Again, lines: 2);
        await AssertLedgerAsync(SalesTimeBasis.Approved, Day1, Day2, parcel1Again + parcel2, lines: 7);
        await AssertLedgerAsync(SalesTimeBasis.Approved, Day2.AddDays(1), Day2.AddDays(1), none, lines: 0);

        // Filters narrow to the warehouse and shop; another warehouse has nothing.
        var filtered = await LedgerAsync(new SalesDetailQuery(Day1, Day2, SalesTimeBasis.Shipped, [_world.WarehouseId], [_world.ShopId]));
        Assert.Equal(7, filtered.Totals.Lines);
        var elsewhere = await LedgerAsync(new SalesDetailQuery(Day1, Day2, SalesTimeBasis.Shipped, [_world.BucketId]));
        Assert.Equal(0, elsewhere.Totals.Lines);

        // The freight of the first parcel is shared by amount (55 : 20) and adds up to the fen; the reversal mirrors it.
        var page = await LedgerAsync(new SalesDetailQuery(Day1, Day1, SalesTimeBasis.Shipped));
        var firstLines = page.Rows.Where(r => r.OrderId == first).ToList();
        Assert.Equal(freight1, firstLines.Sum(r => r.Freight));
        Assert.Equal(Math.Round(freight1 * 55m / 75m, 2, MidpointRounding.AwayFromZero), firstLines.Single(r => r.MerchantCode == "RA").Freight);
        Assert.Equal(8m * 55m / 75m, firstLines.Single(r => r.MerchantCode == "RA").PostFee, 2);

        // The XLSX is exactly the lines on screen, with the totals as its last row.
        var query = new SalesDetailQuery(Day1, Day2, SalesTimeBasis.Approved);
        var bytes = await _app.AsUserAsync("finance", sp => sp.GetRequiredService<QuerySalesDetail>().ExportAsync(query));
        var sheet = new MemoryStream(bytes).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(8, sheet.Count);
        Assert.Equal("合计", sheet[^1][QuerySalesDetail.Sheet.Shop]);
        Assert.Equal((parcel1Again + parcel2).Amount, Convert.ToDecimal(sheet[^1][QuerySalesDetail.Sheet.Amount]));
        Assert.Equal(sheet.Take(7).Sum(r => Convert.ToDecimal(r[QuerySalesDetail.Sheet.GrossProfit])), Convert.ToDecimal(sheet[^1][QuerySalesDetail.Sheet.GrossProfit]));
        Assert.Equal(2, sheet.Count(r => Equals(r[QuerySalesDetail.Sheet.Kind], "冲销")));
    }

    [Fact]
    public async Task The_dashboard_counts_each_station_pass_per_hour_clerk_and_shop_and_nets_sales_against_yesterday()
    {
        // Yesterday: one order shipped (sales to compare with).
        At(Day1, 9);
        var yesterday = await OrderAsync([("RA", 1, 40m, 40m)], postFee: 0m);
        await ApproveAsync(yesterday);
        await PrintAsync("ZY-", yesterday);
        var freightYesterday = await InspectAndShipAsync(yesterday, ["RA"], 0.6m);

        // Today: five orders come in at 08:xx; four approved at 09:00 by two clerks, three printed at 10:00, two inspected and shipped at 11:00.
        At(Day2, 8);
        var ids = new List<long>();
        for (var i = 0; i < 5; i++) ids.Add(await OrderAsync([("RB", 1, 20m, 20m)], postFee: 0m));
        At(Day2, 9);
        await ApproveAsync(ids[0], ids[1], ids[2]);
        await ApproveAsync("reviewer2", ids[3]);
        At(Day2, 10);
        await PrintAsync("ZT-", ids[0], ids[1], ids[2]);
        At(Day2, 11, 30);
        var freights = new[] { await InspectAndShipAsync(ids[0], ["RB"], 0.6m), await InspectAndShipAsync(ids[1], ["RB"], 0.6m) };

        var view = await _app.AsUserAsync("manager", sp => sp.GetRequiredService<GetDashboard>().HandleAsync());
        var hours = view.Throughput.Hours.ToDictionary(h => h.Station);
        Assert.Equal(5, hours[Station.Created].PerHour[8]);
        Assert.Equal(4, hours[Station.Approved].PerHour[9]);
        Assert.Equal(3, hours[Station.Printed].PerHour[10]);
        Assert.Equal(2, hours[Station.Inspected].PerHour[11]);
        Assert.Equal(2, hours[Station.Shipped].PerHour[11]);
        Assert.Equal(2, view.Throughput.Today(Station.Shipped)); // yesterday's parcel is yesterday's
        Assert.All(hours.Values, h => Assert.Equal(h.Total, h.PerHour[h.Station switch
        {
            Station.Created => 8, Station.Approved => 9, Station.Printed => 10, Station.Reversed => 0, _ => 11,
        }]));

        var clerks = view.Throughput.Clerks.ToDictionary(c => c.Clerk);
        Assert.Equal(("张三", 3), (clerks["reviewer"].DisplayName, clerks["reviewer"].Counts[Station.Approved]));
        Assert.Equal(1, clerks["reviewer2"].Counts[Station.Approved]);
        Assert.Equal((3, 2, 2), (clerks["warehouse"].Counts[Station.Printed], clerks["warehouse"].Counts[Station.Inspected], clerks["warehouse"].Counts[Station.Shipped]));

        var shop = Assert.Single(view.Throughput.Shops);
        Assert.Equal((5, 4, 2), (shop.Counts[Station.Created], shop.Counts[Station.Approved], shop.Counts[Station.Shipped]));
        Assert.Equal(40m, shop.Sales);
        Assert.Equal(40m - 2 * 4m - freights.Sum(), shop.Profit);

        Assert.Equal((40m, 40m - 12.5m - freightYesterday), (view.Throughput.Sales.Yesterday, view.Throughput.Sales.ProfitYesterday));
        Assert.Equal(40m, view.Throughput.Sales.YesterdaySoFar); // shipped at 09:xx yesterday, before 11:30
        Assert.Equal((40m, shop.Profit), (view.Throughput.Sales.Today, view.Throughput.Sales.ProfitToday));

        // Right now: one waiting for review, one to print (approved, not printed), one to inspect; nothing overdue yet.
        var statuses = view.Statuses.ToDictionary(s => s.Status, s => s.Count);
        Assert.Equal((1, 1, 1, 0), (statuses[OrderStatus.PendingReview], statuses[OrderStatus.Approved], statuses[OrderStatus.Printed], statuses[OrderStatus.Inspected]));
        // The deadline board: entered by hand at 08:00, the shop promises 48 hours.
        var due = view.Deadlines.Where(d => ids.Contains(d.OrderId)).ToList();
        Assert.Equal(3, due.Count);
        Assert.All(due, d => Assert.Equal(ChinaDay.StartChina(Day2).AddHours(8 + 48), d.DueAtChina));

        // A reversal counts at 冲销 and takes its sales and profit back out of today.
        At(Day2, 12);
        Assert.True((await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ReverseShipment>().HandleAsync(ids[0], "包裹退回"))).Succeeded);
        var after = await _app.AsUserAsync("manager", sp => sp.GetRequiredService<GetDashboard>().HandleAsync());
        Assert.Equal(1, after.Throughput.Hours.Single(h => h.Station == Station.Reversed).PerHour[12]);
        Assert.Equal(20m, after.Throughput.Sales.Today);
        Assert.Equal(20m - 4m - freights[1], after.Throughput.Sales.ProfitToday);
    }

    [Fact]
    public async Task A_failed_save_leaves_no_counts_and_every_station_pass_is_announced_to_the_dashboard_once_per_save()
    {
        At(Day1, 9);
        var ids = new List<long>();
        for (var i = 0; i < 3; i++) ids.Add(await OrderAsync([("RB", 1, 20m, 20m)], postFee: 0m));
        var notifier = _app.Services.GetRequiredService<Core.Realtime.IQueueNotifier>();
        var batches = new List<IReadOnlyList<Core.Realtime.QueueChanged>>();
        using (notifier.Subscribe(b => { lock (batches) batches.Add(b); return Task.CompletedTask; }))
        {
            await ApproveAsync([.. ids]);
            for (var waited = 0; waited < 50 && !HasDashboard(); waited++) await Task.Delay(20);
        }
        bool HasDashboard() { lock (batches) return batches.Any(b => b.Any(c => c.Queue == Core.Realtime.Queue.Dashboard)); }
        Assert.Equal(1, batches.Sum(b => b.Count(c => c.Queue == Core.Realtime.Queue.Dashboard))); // three orders, one save, one message

        // A stale save (someone sent the order back meanwhile) rolls back, its counts included: the hour's row already
        // exists, so the count went in by an atomic update inside the failed save's transaction.
        At(Day1, 10);
        await PrintAsync("ZT-", ids[0]);
        Assert.Equal(1, await TallyAsync(Station.Printed));
        var stale = await _app.AsUserAsync("warehouse", async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            var order = await db.Set<Order>().SingleAsync(o => o.Id == ids[1]);
            await using (var other = await _app.DbAsync())
            {
                Assert.True((await other.Set<Order>().SingleAsync(o => o.Id == ids[1])).RejectToReview("再看一下").Succeeded);
                await other.SaveChangesAsync();
            }
            Assert.True(order.AssignWaybill(1, "ZT-stale").Succeeded);
            Assert.True(order.MarkPrinted(_clock.GetUtcNow().UtcDateTime).Succeeded);
            return await Record.ExceptionAsync(() => db.SaveChangesAsync());
        });
        Assert.IsType<DbUpdateConcurrencyException>(stale);
        Assert.Equal(1, await TallyAsync(Station.Printed));
    }

    private async Task<int> TallyAsync(Station station)
    {
        await using var db = await _app.DbAsync();
        return await db.Set<StationTally>().Where(t => t.Station == station).SumAsync(t => t.Count);
    }

    private sealed record Expected(int Lines, int Quantity, decimal Amount, decimal Discount, decimal Cost, decimal Freight, decimal PostFee)
    {
        public decimal Profit => Amount + PostFee - Cost - Freight;
        public static Expected operator +(Expected a, Expected b) => new(a.Lines + b.Lines, a.Quantity + b.Quantity, a.Amount + b.Amount,
            a.Discount + b.Discount, a.Cost + b.Cost, a.Freight + b.Freight, a.PostFee + b.PostFee);
        public static Expected operator -(Expected a, Expected b) => new(a.Lines - b.Lines, a.Quantity - b.Quantity, a.Amount - b.Amount,
            a.Discount - b.Discount, a.Cost - b.Cost, a.Freight - b.Freight, a.PostFee - b.PostFee);
    }

    private async Task AssertLedgerAsync(SalesTimeBasis basis, DateOnly from, DateOnly to, Expected expected, int lines)
    {
        var page = await LedgerAsync(new SalesDetailQuery(from, to, basis, PageSize: 500));
        var totals = page.Totals;
        var label = $"{basis} {from}–{to}";
        Assert.True(lines == totals.Lines, $"{label}: {totals.Lines} lines");
        // The totals row is the sum of the lines listed…
        Assert.Equal(QuerySalesDetail.Sum(page.Rows), totals);
        // …and what the parcels carried.
        Assert.True((expected.Quantity, expected.Amount, expected.Discount, expected.Cost, expected.Freight, expected.PostFee, expected.Profit)
            == (totals.Quantity, totals.Amount, totals.Discount, totals.Cost, totals.Freight, totals.PostFee, totals.GrossProfit), $"{label}: {totals}");
    }

    private Task<SalesDetailPage> LedgerAsync(SalesDetailQuery query) =>
        _app.AsUserAsync("finance", sp => sp.GetRequiredService<QuerySalesDetail>().HandleAsync(query));

    private void At(DateOnly day, int hour, int minute = 0) =>
        _clock.Now = new DateTimeOffset(ChinaDay.StartUtc(day).AddHours(hour).AddMinutes(minute), TimeSpan.Zero);

    private async Task<long> OrderAsync((string Code, int Quantity, decimal Price, decimal Payment)[] lines, decimal postFee)
    {
        await using var db = await _app.DbAsync();
        var orderLines = lines.Select((l, n) => new OrderLine(0, n + 1, l.Code, "货品 " + l.Code, null, l.Quantity, l.Price, l.Payment, _world.Skus[l.Code], false)).ToList();
        var order = Order.Manual(_world.ShopId, "buyer", ReviewWorld.Receiver(), orderLines, postFee, null, null, _clock.GetUtcNow().UtcDateTime);
        order.Assign(_world.CourierId, _world.WarehouseId, warehouseIsRemoteBucket: false);
        db.Add(order);
        await db.SaveChangesAsync();
        return order.Id;
    }

    private Task ApproveAsync(params long[] ids) => ApproveAsync("reviewer", ids);

    private async Task ApproveAsync(string clerk, params long[] ids)
    {
        var outcomes = await _app.AsUserAsync(clerk, sp => sp.GetRequiredService<ApproveOrders>().HandleAsync(ids.Select(i => new ApproveRequest(i)).ToList()));
        Assert.All(outcomes, o => Assert.True(o.Approved, o.Error?.ToString()));
    }

    /// <summary>The print station's part (waybill reserved, batch printed), saved as the warehouse clerk.</summary>
    private Task PrintAsync(string prefix, params long[] ids) => _app.AsUserAsync("warehouse", async sp =>
    {
        await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
        foreach (var order in await db.Set<Order>().Where(o => ids.Contains(o.Id)).ToListAsync())
        {
            Assert.True(order.AssignWaybill(1, prefix + order.Id).Succeeded);
            Assert.True(order.MarkPrinted(_clock.GetUtcNow().UtcDateTime).Succeeded);
        }
        return await db.SaveChangesAsync();
    });

    /// <summary>验货 then 称重发货 through the use cases; the freight the courier's table charged.</summary>
    private async Task<decimal> InspectAndShipAsync(long id, string[] scans, decimal kg)
    {
        long version;
        await using (var db = await _app.DbAsync()) version = (await db.Set<Order>().AsNoTracking().SingleAsync(o => o.Id == id)).Version;
        Assert.True((await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<InspectOrder>().HandleAsync(id, version, scans))).Succeeded);
        var shipped = await _app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ShipOrder>().HandleAsync(new ShipRequest(id, kg, AcceptWeightWarning: true)));
        Assert.True(shipped.Succeeded, shipped.Error?.ToString());
        return shipped.Value!.Freight;
    }

    private sealed class StepClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
