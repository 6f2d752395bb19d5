using BlazorErp.Core.Common;

namespace BlazorErp.Core.Orders;

/// <summary>
/// What after-sales (售后) does to orders: a refund before shipping takes lines off an order that is back in review
/// (all of them: the order is cancelled); an exchange or a reissue is a new order that remembers the case and the
/// order it comes from.
/// </summary>
public sealed partial class Order
{
    /// <summary>The after-sales case (退换单) this order was created for: the goods of an exchange, or a reissue.</summary>
    public long? AfterSalesCaseId { get; private set; }
    /// <summary>The shipped order an exchange or reissue replaces goods of.</summary>
    public long? OriginalOrderId { get; private set; }

    public void LinkAfterSales(long caseId, long originalOrderId) => (AfterSalesCaseId, OriginalOrderId, Touched) = (caseId, originalOrderId, true);

    /// <summary>
    /// 货未发出退款: the given quantity of each line (0 = none) is refunded and leaves the order; the answer is the money
    /// those lines were paid. Only in review — a later station first sends the order back (releasing its stock and
    /// waybill). Nothing left to ship (gifts do not count) cancels the order. The refund is handled, so the 退款
    /// exception goes.
    /// </summary>
    public Result<decimal> RefundBeforeShipping(IReadOnlyList<int> quantities)
    {
        if (IsShippedOrLater) return new Error("Order.AlreadyShipped");
        if (!IsReviewable) return new Error("Order.NotPending");
        if (quantities.Count != _lines.Count || quantities.Any(q => q < 0)) return new Error("Order.RefundInvalid");
        if (quantities.Where((q, i) => q > _lines[i].Quantity).Any()) return new Error("Order.RefundInvalid");
        if (quantities.All(q => q == 0)) return new Error("Order.RefundNothing");

        decimal refunded = 0;
        var kept = new List<OrderLine>();
        for (var i = 0; i < _lines.Count; i++)
        {
            var (line, q) = (_lines[i], quantities[i]);
            var share = q == line.Quantity ? line.Payment : Share(line, q);
            refunded += share;
            if (line.Quantity > q) kept.Add(line with { Quantity = line.Quantity - q, Payment = line.Payment - share });
        }
        _lines = kept;
        RecomputeGoodsTotal();
        Flags &= ~OrderFlags.RefundRequested;
        if (Flags == OrderFlags.None) ExceptionNote = null;
        Touched = NeedsChecks = true;
        if (_lines.All(l => l.IsGift)) Status = OrderStatus.Cancelled;
        return refunded;
    }

    /// <summary>
    /// The platform closed the buyer's refund (CLOSED / SELLER_REFUSE_BUYER): the goods ship after all. An order the refund
    /// held back returns to review with the note; a shipped order has nothing to undo.
    /// </summary>
    public Result RefundClosed(string note)
    {
        if (!Flags.HasFlag(OrderFlags.RefundRequested) || IsShippedOrLater) return Result.Ok();
        Flags &= ~OrderFlags.RefundRequested;
        if (Flags == OrderFlags.None) ExceptionNote = null;
        if (IsReviewable) RejectReason = note.Trim();
        NeedsChecks = true;
        return Result.Ok();
    }
}
