using BlazorErp.Core.AfterSales;
using BlazorErp.Core.AfterSales.Features;
using BlazorErp.Core.Common;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Review.Features;
using BlazorErp.Core.Shipping.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.IntegrationTests;

/// <summary>退换: registration, the receiving desk with QC, exchanges and reissues into review, blind parcels — on a real database.</summary>
public sealed class AfterSalesTests(ErpFactory app) : IClassFixture<ErpFactory>
{
    private static int _worlds;

    private sealed record World(ReviewWorld Shop, long ReturnsId, long DefectiveId);

    private async Task<World> WorldAsync(Dictionary<string, int> stock)
    {
        var prefix = "A" + Interlocked.Increment(ref _worlds);
        var shop = await ReviewWorld.CreateAsync(app, prefix, stock);
        async Task<long> Warehouse(string code, string name, WarehouseType type) => await app.AsUserAsync("admin", async sp =>
            (await sp.GetRequiredService<SaveWarehouse>().HandleAsync(new WarehouseInput { Code = prefix + code, Name = prefix + name, Type = type })).Value);
        var returns = await Warehouse("-TH", "退货仓", WarehouseType.Returns);
        await Warehouse("-CP", "次品仓", WarehouseType.Defective);
        await using var db = await app.DbAsync(); // receipts use the first enabled 次品仓
        var defective = await db.Set<Warehouse>().Where(w => w.Type == WarehouseType.Defective && w.Enabled).OrderBy(w => w.Id).Select(w => w.Id).FirstAsync();
        return new World(shop, returns, defective);
    }

    /// <summary>Approved, printed, inspected and shipped through the stations' use cases.</summary>
    private async Task<Order> ShippedOrderAsync(World world, Dictionary<string, int> lines)
    {
        var id = (await world.Shop.AddOrdersAsync(app, 1, lines))[0];
        var approved = await app.AsUserAsync("reviewer", sp => sp.GetRequiredService<ApproveOrders>().HandleAsync([new ApproveRequest(id)]));
        Assert.True(approved[0].Approved, approved[0].Error?.ToString());
        await using (var db = await app.DbAsync())
        {
            var order = await db.Set<Order>().SingleAsync(o => o.Id == id);
            order.AssignWaybill(1, "ZT" + id.ToString("0000000000"));
            order.MarkPrinted(DateTime.UtcNow);
            await db.SaveChangesAsync();
            // What approval reserved is what is packed and scanned: a combo's components.
            var codes = world.Shop.Skus.ToDictionary(p => p.Value, p => p.Key);
            var scans = order.Reserved.SelectMany(r => Enumerable.Repeat(codes[r.SkuId], r.Quantity)).ToList();
            Assert.True((await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<InspectOrder>().HandleAsync(id, order.Version, scans))).Succeeded);
        }
        var shipped = await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ShipOrder>().HandleAsync(new ShipRequest(id, lines.Values.Sum() * 0.5m, AcceptWeightWarning: true)));
        Assert.True(shipped.Succeeded, shipped.Error?.ToString());
        return await OrderAsync(id);
    }

    private async Task<Order> OrderAsync(long id)
    {
        await using var db = await app.DbAsync();
        return await db.Set<Order>().AsNoTracking().SingleAsync(o => o.Id == id);
    }

    private async Task<AfterSalesCase> CaseAsync(long id)
    {
        await using var db = await app.DbAsync();
        return await db.Set<AfterSalesCase>().AsNoTracking().SingleAsync(c => c.Id == id);
    }

    private Task<Result<long>> Register(CaseInput input) => app.AsUserAsync("aftersales", sp => sp.GetRequiredService<RegisterCase>().HandleAsync(input));

    private Task<Result> Confirm(long caseId, long version, params LineCheck[] checks) =>
        app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ConfirmReceipt>().HandleAsync(caseId, version, checks));

    /// <summary>On hand in a warehouse, and the ledger's sum for it: they must agree.</summary>
    private async Task<(int OnHand, int Ledger)> StockAsync(long warehouseId, long skuId)
    {
        await using var db = await app.DbAsync();
        var onHand = await db.Set<StockLevel>().Where(l => l.WarehouseId == warehouseId && l.SkuId == skuId).Select(l => (int?)l.OnHand).SingleOrDefaultAsync() ?? 0;
        var ledger = await db.Set<StockLedgerEntry>().Where(e => e.WarehouseId == warehouseId && e.SkuId == skuId && e.Bucket == StockBucket.OnHand).SumAsync(e => e.Quantity);
        return (onHand, ledger);
    }

    [Fact]
    public async Task An_exchange_comes_back_through_QC_into_the_return_and_defective_warehouses_and_sends_a_new_order_to_review()
    {
        var world = await WorldAsync(new() { ["X1"] = 10, ["X2"] = 10 });
        var original = await ShippedOrderAsync(world, new() { ["X1"] = 2, ["X2"] = 1 });
        var (x1, x2) = (world.Shop.Skus["X1"], world.Shop.Skus["X2"]);

        var registered = await Register(new CaseInput
        {
            Type = CaseType.Exchange, OrderId = original.Id, Reason = CaseReasons.Size, ReturnCourier = "圆通", ReturnTrackingNo = "yt 0001 " + original.Id,
            ReturnWarehouseId = world.ReturnsId, OutgoingWarehouseId = world.Shop.WarehouseId, Quantities = [2, 0],
            Outgoing = [new OutgoingInput("X2", 2)],
        });
        Assert.True(registered.Succeeded, registered.Error?.ToString());
        var caseId = registered.Value;
        Assert.Equal(CaseStatus.AwaitingReturn, (await CaseAsync(caseId)).Status);

        // The receiving desk scans the tracking number as printed on the parcel, then checks: one good, one defective, no refund.
        var received = await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ReceiveParcel>().HandleAsync("YT0001" + original.Id));
        Assert.Equal(caseId, received.Value);
        var atDesk = await CaseAsync(caseId);
        Assert.Equal(CaseStatus.ReceivedAwaitingQc, atDesk.Status);
        var confirmed = await Confirm(caseId, atDesk.Version, new LineCheck(0, 1, 1, NeedsRefund: false));
        Assert.True(confirmed.Succeeded, confirmed.Error?.ToString());

        var done = await CaseAsync(caseId);
        Assert.Equal((CaseStatus.Completed, 0m), (done.Status, done.RefundAmount));
        Assert.Equal((1, 1), await StockAsync(world.ReturnsId, x1));
        Assert.Equal(1, (await StockAsync(world.DefectiveId, x1)).OnHand);
        var defective = await StockAsync(world.DefectiveId, x1);
        Assert.Equal(defective.OnHand, defective.Ledger);
        Assert.Equal((8, 8), await StockAsync(world.Shop.WarehouseId, x1)); // the sending warehouse is untouched until the exchange ships

        var exchange = await OrderAsync(done.NewOrderId!.Value);
        Assert.Equal((OrderStatus.PendingReview, caseId, original.Id, world.Shop.WarehouseId), (exchange.Status, exchange.AfterSalesCaseId!.Value, exchange.OriginalOrderId!.Value, exchange.WarehouseId!.Value));
        Assert.Equal([(x2, 2, 0m)], exchange.Lines.Select(l => (l.SkuId!.Value, l.Quantity, l.Price)));
        Assert.Equal(original.Receiver.MergeKey, exchange.Receiver.MergeKey);
        await using var db = await app.DbAsync();
        Assert.Equal(2, await db.Set<StockDocument>().CountAsync(d => d.Type == StockDocumentType.ReturnReceipt && d.Note!.Contains(done.No) && d.Status == StockDocumentStatus.Audited));
        Assert.False(await db.Set<Refund>().AnyAsync(r => r.CaseId == caseId));
    }

    [Fact]
    public async Task A_return_with_red_marked_lines_hands_their_money_to_finance()
    {
        var world = await WorldAsync(new() { ["R1"] = 10, ["R2"] = 10 });
        var original = await ShippedOrderAsync(world, new() { ["R1"] = 2, ["R2"] = 1 });
        var caseId = (await Register(new CaseInput
        {
            Type = CaseType.Return, OrderId = original.Id, Reason = CaseReasons.Quality, ReturnTrackingNo = "SF-R-" + original.Id,
            ReturnWarehouseId = world.ReturnsId, Quantities = [2, 1],
        })).Value;
        var @case = await CaseAsync(caseId);
        // Scanning is optional: confirming at the desk receives the parcel too.
        Assert.True((await Confirm(caseId, @case.Version, new LineCheck(0, 2, 0, true), new LineCheck(1, 1, 0, false))).Succeeded);
        await using var db = await app.DbAsync();
        var refund = await db.Set<Refund>().SingleAsync(r => r.CaseId == caseId);
        Assert.Equal((60m, RefundKind.AfterReturn, original.ShopId, original.Id), (refund.Amount, refund.Kind, refund.ShopId, refund.OrderId!.Value));
        Assert.Equal((2, 2), await StockAsync(world.ReturnsId, world.Shop.Skus["R1"]));
        Assert.Equal((1, 1), await StockAsync(world.ReturnsId, world.Shop.Skus["R2"]));
    }

    [Fact]
    public async Task A_parcel_is_received_once_even_by_two_desks_at_the_same_moment()
    {
        var world = await WorldAsync(new() { ["D1"] = 10 });
        var original = await ShippedOrderAsync(world, new() { ["D1"] = 3 });
        var caseId = (await Register(new CaseInput
        {
            Type = CaseType.Return, OrderId = original.Id, Reason = CaseReasons.NoReason, ReturnTrackingNo = "DUP" + original.Id,
            ReturnWarehouseId = world.ReturnsId, Quantities = [3],
        })).Value;
        var version = (await CaseAsync(caseId)).Version;

        var desks = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Confirm(caseId, version, new LineCheck(0, 3, 0, true)))));

        Assert.Single(desks, r => r.Succeeded);
        Assert.All(desks.Where(r => !r.Succeeded), r => Assert.Equal("AfterSales.Stale", r.Error!.Code));
        Assert.Equal((3, 3), await StockAsync(world.ReturnsId, world.Shop.Skus["D1"])); // posted once
        await using (var db = await app.DbAsync()) Assert.Equal(90m, (await db.Set<Refund>().SingleAsync(r => r.CaseId == caseId)).Amount);

        var again = await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ReceiveParcel>().HandleAsync("dup" + original.Id));
        Assert.Equal("AfterSales.ParcelAlreadyReceived", again.Error?.Code);
        var current = await CaseAsync(caseId);
        Assert.Equal("AfterSales.AlreadyReceived", (await Confirm(caseId, current.Version, new LineCheck(0, 1, 0, false))).Error?.Code);
    }

    [Fact]
    public async Task Bad_registrations_and_scans_are_refused_with_what_is_wrong_and_nothing_is_saved()
    {
        var world = await WorldAsync(new() { ["B1"] = 10, ["B2"] = 0 });
        var original = await ShippedOrderAsync(world, new() { ["B1"] = 1 });
        CaseInput Exchange(int back, string outCode) => new()
        {
            Type = CaseType.Exchange, OrderId = original.Id, Reason = CaseReasons.Quality, ReturnWarehouseId = world.ReturnsId,
            OutgoingWarehouseId = world.Shop.WarehouseId, Quantities = [back], Outgoing = [new OutgoingInput(outCode, 1)],
        };
        Assert.Equal("AfterSales.QuantityAboveShipped", (await Register(Exchange(2, "B1"))).Error?.Code);
        var noStock = await Register(Exchange(1, "B2"));
        Assert.Equal("AfterSales.OutgoingOutOfStock", noStock.Error?.Code);
        Assert.Equal("B2", noStock.Error!.Args[0]);
        Assert.Equal("Sku.UnknownCode", (await Register(Exchange(1, "NOPE"))).Error?.Code);
        var pending = (await world.Shop.AddOrdersAsync(app, 1, new Dictionary<string, int> { ["B1"] = 1 }))[0];
        Assert.Equal("AfterSales.OrderNotShipped", (await Register(Exchange(1, "B1") with { OrderId = pending })).Error?.Code);
        Assert.Equal("AfterSales.UnknownParcel", (await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ReceiveParcel>().HandleAsync("NO-SUCH-PARCEL"))).Error?.Code);
        await using (var db = await app.DbAsync())
            Assert.False(await db.Set<AfterSalesCase>().AnyAsync(c => c.OrderId == original.Id || c.OrderId == pending));

        // The goods of one line are never in two cases beyond what shipped, and money never beyond what was paid.
        var shipped = await ShippedOrderAsync(world, new() { ["B1"] = 2 });
        CaseInput Return(int back) => new() { Type = CaseType.Return, OrderId = shipped.Id, Reason = CaseReasons.Quality, ReturnWarehouseId = world.ReturnsId, Quantities = [back] };
        Assert.True((await Register(Return(1))).Succeeded);
        var twice = await Register(Return(2));
        Assert.Equal("AfterSales.AlreadyInCase", twice.Error?.Code);
        Assert.Equal(1, twice.Error!.Args[2]);
        Assert.True((await Register(Return(1))).Succeeded);
        CaseInput Money(decimal amount) => new() { Type = CaseType.RefundOnly, OrderId = shipped.Id, Reason = CaseReasons.Quality, Quantities = [0], RefundAmount = amount };
        Assert.Equal("AfterSales.RefundAbovePaid", (await Register(Money(shipped.Paid + 1))).Error?.Code);
        Assert.True((await Register(Money(shipped.Paid - 10))).Succeeded);
        Assert.Equal("AfterSales.RefundAbovePaid", (await Register(Money(11))).Error?.Code);
    }

    [Fact]
    public async Task Two_clerks_registering_the_same_goods_at_once_get_one_case()
    {
        var world = await WorldAsync(new() { ["C1"] = 10 });
        var shipped = await ShippedOrderAsync(world, new() { ["C1"] = 1 });
        var input = new CaseInput { Type = CaseType.Return, OrderId = shipped.Id, Reason = CaseReasons.Quality, ReturnWarehouseId = world.ReturnsId, Quantities = [1] };
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Register(input))));
        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Contains(r.Error!.Code, new[] { "AfterSales.OrderChanged", "AfterSales.AlreadyInCase" }));
        await using var db = await app.DbAsync();
        Assert.Equal(1, await db.Set<AfterSalesCase>().CountAsync(c => c.OrderId == shipped.Id));
    }

    [Fact]
    public async Task A_reissue_is_a_zero_price_order_of_the_missing_goods_linked_to_the_original()
    {
        var world = await WorldAsync(new() { ["Z1"] = 10, ["Z2"] = 10 });
        var original = await ShippedOrderAsync(world, new() { ["Z1"] = 2, ["Z2"] = 1 });
        var registered = await Register(new CaseInput
        {
            Type = CaseType.Reissue, OrderId = original.Id, Reason = CaseReasons.Missing, OutgoingWarehouseId = world.Shop.WarehouseId,
            Quantities = [0, 0], Outgoing = [new OutgoingInput("Z2", 1, 30m)], // a price typed by mistake: a reissue is free
        });
        Assert.True(registered.Succeeded, registered.Error?.ToString());
        var @case = await CaseAsync(registered.Value);
        Assert.Equal(CaseStatus.Completed, @case.Status);
        var reissue = await OrderAsync(@case.NewOrderId!.Value);
        Assert.Equal((OrderStatus.PendingReview, 0m, original.Id), (reissue.Status, reissue.Paid, reissue.OriginalOrderId!.Value));
        Assert.Equal([("Z2", 1, 0m)], reissue.Lines.Select(l => (l.MerchantCode!, l.Quantity, l.Price)));
        Assert.Contains(@case.No, reissue.ServiceRemark);
    }

    [Fact]
    public async Task A_blind_parcel_is_registered_from_its_scans_matched_to_its_order_later_and_received_into_stock()
    {
        var world = await WorldAsync(new() { ["N1"] = 10, ["N2"] = 10 });
        var original = await ShippedOrderAsync(world, new() { ["N1"] = 2 });
        var other = await ShippedOrderAsync(world, new() { ["N2"] = 1 });
        var tracking = "BLIND" + original.Id;
        var blind = await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<RegisterBlindReturn>()
            .HandleAsync(new BlindReturnInput(tracking, "韵达", world.ReturnsId, null, ["N1", "n1"])));
        Assert.True(blind.Succeeded, blind.Error?.ToString());
        var @case = await CaseAsync(blind.Value);
        Assert.Equal((true, CaseStatus.ReceivedAwaitingQc, (long?)null, 2), (@case.IsBlind, @case.Status, @case.OrderId, @case.Lines.Single().Received));
        Assert.Equal("AfterSales.ParcelRegistered", (await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<RegisterBlindReturn>()
            .HandleAsync(new BlindReturnInput(tracking, null, world.ReturnsId, null, ["N1"])))).Error?.Code);

        Task<Result> Match(long orderId, long version) => app.AsUserAsync("aftersales", sp => sp.GetRequiredService<MatchBlindReturn>().HandleAsync(blind.Value, version, orderId));
        Assert.Equal("AfterSales.ItemNotInOrder", (await Match(other.Id, @case.Version)).Error?.Code);
        Assert.True((await Match(original.Id, @case.Version)).Succeeded);
        var matched = await CaseAsync(blind.Value);
        Assert.Equal((original.Id, original.ShopId, 30m), (matched.OrderId!.Value, matched.ShopId!.Value, matched.Lines.Single().Price));

        Assert.True((await Confirm(blind.Value, matched.Version, new LineCheck(0, 2, 0, true))).Succeeded);
        Assert.Equal((2, 2), await StockAsync(world.ReturnsId, world.Shop.Skus["N1"]));
        await using var db = await app.DbAsync();
        Assert.Equal(60m, (await db.Set<Refund>().SingleAsync(r => r.CaseId == blind.Value)).Amount);
    }

    [Fact]
    public async Task A_returned_combo_comes_back_as_its_components_scanned_stocked_and_refunded_at_the_combo_price()
    {
        var world = await WorldAsync(new() { ["K1"] = 10, ["K2"] = 10, ["KC"] = 0 });
        Assert.True((await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveCombo>().HandleAsync(world.Shop.Skus["KC"],
            [new ComboComponentInput("K1", 1), new ComboComponentInput("K2", 2)]))).Succeeded);
        var original = await ShippedOrderAsync(world, new() { ["KC"] = 1 }); // 30 元 for one combo
        var caseId = (await Register(new CaseInput
        {
            Type = CaseType.Return, OrderId = original.Id, Reason = CaseReasons.Quality, ReturnWarehouseId = world.ReturnsId, Quantities = [1],
        })).Value;
        var @case = await CaseAsync(caseId);
        Assert.Equal([("K1", 1), ("K2", 2)], @case.Lines.Select(l => (l.MerchantCode, l.Expected)));
        Assert.Equal(30m, @case.Lines.Sum(l => l.Price * l.Expected)); // the combo's price shared by the components' retail value

        Assert.True((await Confirm(caseId, @case.Version, new LineCheck(0, 1, 0, true), new LineCheck(1, 2, 0, true))).Succeeded);
        Assert.Equal((1, 1), await StockAsync(world.ReturnsId, world.Shop.Skus["K1"]));
        Assert.Equal((2, 2), await StockAsync(world.ReturnsId, world.Shop.Skus["K2"]));
        await using var db = await app.DbAsync();
        Assert.Equal(30m, (await db.Set<Refund>().SingleAsync(r => r.CaseId == caseId)).Amount);
    }
}
