using BlazorErp.Core.Common;
using BlazorErp.Core.Localization;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Orders.Features;
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
/// </summary>
public sealed class RegisterCase(IDbContextFactory<ErpDbContext> contexts, RejectToReview reject, ManualOrderBuilder builder,
    CurrentUser currentUser, TimeProvider clock, IStringLocalizer<Strings> l)
{
    public async Task<Result<long>> HandleAsync(CaseInput input)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var loaded = await OrderEdits.LoadAsync(db, input.OrderId, null, currentUser, now);
        if (!loaded.Succeeded) return loaded.Error!;
        var order = loaded.Value!;
        if (order.Status is OrderStatus.Cancelled or OrderStatus.Merged) return new Error("AfterSales.OrderNotActive", order.Id);
        var beforeShipping = input.Type == CaseType.RefundOnly && !order.IsShippedOrLater;
        if (!order.IsShippedOrLater && !beforeShipping) return new Error("AfterSales.OrderNotShipped", order.Id);
        if (input.Quantities.Count != order.Lines.Count) return new Error("AfterSales.CheckInvalid");

        var outgoing = await CaseGoods.OutgoingAsync(db, input.Type is CaseType.Exchange or CaseType.Reissue ? input.Outgoing : []);
        if (!outgoing.Succeeded) return outgoing.Error!;
        if (input.OutgoingWarehouseId is { } from && outgoing.Value!.Count > 0
            && await CaseGoods.CoverableAsync(db, from, outgoing.Value) is { Succeeded: false } uncovered) return uncovered.Error!;

        var facts = CaseGoods.Of(order);
        var lines = facts.Lines.Select((line, i) => line with { Expected = input.Quantities[i] }).ToList();
        WaybillToVoid? waybill = null;
        decimal refund = input.RefundAmount;
        if (beforeShipping)
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
        await db.SaveChangesAsync(); // the case number, for the refund and the reissue order

        if (input.Type == CaseType.RefundOnly)
            db.Add(new Refund(order.ShopId, order.Id, @case.Id, order.Tid, @case.RefundAmount,
                beforeShipping ? RefundKind.BeforeShipping : RefundKind.RefundOnly, l["CaseReason." + @case.Reason], now, currentUser.Name));
        if (input.Type == CaseType.Reissue)
        {
            var created = await CaseOrders.CreateAsync(db, builder, @case, order, l["AfterSales.ReissueRemark", @case.No, order.Id]);
            if (!created.Succeeded) return created.Error!;
            await db.SaveChangesAsync();
            @case.LinkNewOrder(created.Value!.Id);
        }
        var saved = await OrderEdits.SaveAsync(db, order);
        if (!saved.Succeeded) return saved.Error!;
        await transaction.CommitAsync();
        await reject.VoidAsync(db, waybill);
        return @case.Id;
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
