using BlazorErp.Core.Common;
using BlazorErp.Core.Localization;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Platforms;
using BlazorErp.Core.Review;
using BlazorErp.Core.Review.Features;
using BlazorErp.Core.Shipping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BlazorErp.Core.AfterSales.Features;

/// <summary>
/// 退换登记 as the form has it: the original order, the type, the reason, the returning parcel, and per order line the
/// quantity that comes back (退货/换货) or is refunded (仅退款 before shipping); the goods an exchange or reissue sends.
/// </summary>
public sealed record CaseInput
{
    public CaseType Type { get; set; }
    public long OrderId { get; set; }
    public string Reason { get; set; } = CaseReasons.Quality;
    public string? Note { get; set; }
    public string? ReturnCourier { get; set; }
    public string? ReturnTrackingNo { get; set; }
    public long? ReturnWarehouseId { get; set; }
    public long? OutgoingWarehouseId { get; set; }
    /// <summary>One per line of the original order, in its order.</summary>
    public List<int> Quantities { get; set; } = [];
    public List<OutgoingInput> Outgoing { get; set; } = [];
    /// <summary>仅退款: the money agreed with the buyer (before shipping: left at 0, the refunded lines' payment).</summary>
    public decimal RefundAmount { get; set; }
    /// <summary>The platform refund the case stands for, when the refund sync registers it.</summary>
    public PlatformRefund? PlatformRefund { get; set; }
}

/// <summary>
/// Registers a case in one transaction with everything it sets off. 仅退款 on an order not shipped yet is the refund
/// before shipping (货未发出): the order is pulled back from whatever station holds it (stock released, waybill voided
/// after commit, listed as withdrawn on its print batch), the refunded lines leave it (all of them: cancelled), and the
/// money goes to finance. 补发 creates its zero-price order at once; an exchange's order waits for the returned parcel.
/// The goods of one order line are never in two cases beyond what shipped, and the money never beyond what was paid.
/// </summary>
public sealed class RegisterCase(IDbContextFactory<ErpDbContext> contexts, RejectToReview reject, CurrentUser currentUser, TimeProvider clock,
    IStringLocalizer<Strings> l)
{
    public async Task<Result<long>> HandleAsync(CaseInput input)
    {
        try
        {
            return await RegisterAsync(input);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Error("AfterSales.OrderChanged", input.OrderId); // another case on the same order was saved first
        }
    }

    private async Task<Result<long>> RegisterAsync(CaseInput input)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var loaded = await OrderEdits.LoadAsync(db, input.OrderId, null, currentUser, now);
        if (!loaded.Succeeded) return loaded.Error!;
        var order = loaded.Value!;
        // A trade the platform closed may have cancelled its order before the refund came down: the money is still booked.
        var alreadyCancelled = order.Status == OrderStatus.Cancelled && input.PlatformRefund is not null;
        if (order.Status == OrderStatus.Merged || (order.Status == OrderStatus.Cancelled && !alreadyCancelled))
            return new Error("AfterSales.OrderNotActive", order.Id);
        var beforeShipping = input.Type == CaseType.RefundOnly && !order.IsShippedOrLater;
        if (!order.IsShippedOrLater && !beforeShipping) return new Error("AfterSales.OrderNotShipped", order.Id);
        if (input.Quantities.Count != order.Lines.Count) return new Error("AfterSales.OrderLinesChanged", order.Id);

        var outgoing = await CaseGoods.OutgoingAsync(db, input.Type is CaseType.Exchange or CaseType.Reissue ? input.Outgoing : []);
        if (!outgoing.Succeeded) return outgoing.Error!;
        if (input.OutgoingWarehouseId is { } from && outgoing.Value!.Count > 0
            && await CaseGoods.CoverableAsync(db, from, outgoing.Value) is { Succeeded: false } uncovered) return uncovered.Error!;

        var lines = CaseGoods.Of(order).Lines.Select((line, i) => line with { Expected = input.Quantities[i] }).ToList();
        var earlier = await db.Set<AfterSalesCase>().AsNoTracking().Where(c => c.OrderId == order.Id && c.Status != CaseStatus.Closed).ToListAsync();
        if (input.Type is CaseType.Return or CaseType.Exchange)
        {
            lines = await CaseGoods.ExpandCombosAsync(db, lines);
            if (AlreadyClaimed(lines, earlier) is { } claimed) return claimed;
        }
        decimal refund = input.RefundAmount;
        if (input.Type == CaseType.RefundOnly && order.IsShippedOrLater && await AbovePaidAsync(db, order, refund) is { } abovePaid) return abovePaid;

        WaybillToVoid? waybill = null;
        if (beforeShipping && !alreadyCancelled)
        {
            var pulled = await PullBackAsync(db, order);
            if (!pulled.Succeeded) return pulled.Error!;
            waybill = pulled.Value;
            var refunded = order.RefundBeforeShipping(input.Quantities);
            if (!refunded.Succeeded) return refunded.Error!;
            // A cancelled order gives back what the buyer paid for the postage too.
            if (refund <= 0) refund = refunded.Value + (order.Status == OrderStatus.Cancelled ? order.PostFee : 0);
        }

        var registration = new CaseRegistration(input.Type, order.ShopId, order.Id, order.Tid, order.BuyerNick, order.Receiver.Name, order.Receiver.Mobile,
            input.Reason, input.Note, input.ReturnCourier, input.ReturnTrackingNo, input.ReturnWarehouseId, input.OutgoingWarehouseId, refund,
            input.PlatformRefund?.RefundId, input.PlatformRefund?.Status);
        var registered = AfterSalesCase.Register(registration, lines, outgoing.Value!, currentUser.Name, now);
        if (!registered.Succeeded) return registered.Error!;
        var @case = registered.Value!;
        db.Add(@case);
        // Registering on an order bumps its version, so two clerks registering the same goods at once cannot both win.
        db.Entry(order).Property(o => o.Version).IsModified = true;
        await db.SaveChangesAsync(); // the case number, for the refund and the reissue order

        if (input.Type == CaseType.RefundOnly)
            db.Add(new Refund(order.ShopId, order.Id, @case.Id, @case.MoneyTid, @case.RefundAmount,
                beforeShipping ? RefundKind.BeforeShipping : RefundKind.RefundOnly, l["CaseReason." + @case.Reason], now, currentUser.Name));
        if (input.Type == CaseType.Reissue)
        {
            var reissue = CaseOrders.Create(@case, order, l["AfterSales.ReissueRemark", @case.No, order.Id], now);
            db.Add(reissue);
            await db.SaveChangesAsync();
            @case.LinkNewOrder(reissue.Id);
        }
        var saved = await OrderEdits.SaveAsync(db, order);
        if (!saved.Succeeded) return saved.Error!;
        await transaction.CommitAsync();
        await reject.VoidAsync(db, waybill);
        return @case.Id;
    }

    /// <summary>Goods of a line already in other cases (announced, or received) leave only the rest of what shipped.</summary>
    private static Error? AlreadyClaimed(List<CaseLine> lines, List<AfterSalesCase> earlier)
    {
        foreach (var line in lines.Where(x => x.Expected > 0))
        {
            bool Same(CaseLine x) => x.IsLine(line.Tid, line.Oid) && x.SkuId == line.SkuId;
            var others = earlier.Where(c => c.ComesBack && c.Lines.Any(Same)).ToList();
            var taken = others.Sum(c => c.Lines.Where(Same).Sum(x => x.Claimed(c.Status)));
            if (taken > 0 && line.Expected > line.Shipped - taken)
                return new Error("AfterSales.AlreadyInCase", line.MerchantCode, line.Expected, Math.Max(0, line.Shipped - taken), string.Join("、", others.Select(c => c.No)));
        }
        return null;
    }

    /// <summary>Money back after shipping never beyond what the buyer paid, counting the refunds already booked.</summary>
    private static async Task<Error?> AbovePaidAsync(ErpDbContext db, Order order, decimal amount)
    {
        var booked = (await db.Set<Refund>().Where(r => r.OrderId == order.Id).Select(r => r.Amount).ToListAsync()).Sum();
        return booked + amount > order.Paid ? new Error("AfterSales.RefundAbovePaid", amount, order.Paid - booked) : null;
    }

    /// <summary>An order at a warehouse station comes back to review first; its print batch lists it as withdrawn.</summary>
    private async Task<Result<WaybillToVoid?>> PullBackAsync(ErpDbContext db, Order order)
    {
        if (order.IsReviewable) return (WaybillToVoid?)null;
        var batchId = order.PrintBatchId;
        var reason = l["AfterSales.RefundBeforeShippingReason"].Value;
        var pulled = await reject.PullBackAsync(db, order, reason);
        if (!pulled.Succeeded || batchId is not { } id) return pulled;
        (await db.Set<PrintBatch>().SingleAsync(b => b.Id == id)).Withdraw(order.Id, reason);
        return pulled;
    }
}
