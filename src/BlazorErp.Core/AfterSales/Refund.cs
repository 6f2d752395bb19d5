using BlazorErp.Core.Common;

namespace BlazorErp.Core.AfterSales;

/// <summary>货未发出 (before shipping, the order cancelled or reduced), after a return (the red-marked lines), or 仅退款.</summary>
public enum RefundKind { BeforeShipping, AfterReturn, RefundOnly }

/// <summary>
/// 退款单: money after-sales agreed to give back to a buyer, the source document finance posts from (the platform pays it
/// out of the shop's escrow, so it adjusts what the shop's platform owes us). Never edited: a refund cancelled is a
/// second one with the amount negated that points at the first.
/// </summary>
public sealed class Refund : Entity
{
    public long ShopId { get; private set; }
    public long? OrderId { get; private set; }
    public long? CaseId { get; private set; }
    public long? Tid { get; private set; }
    /// <summary>Positive: money back to the buyer.</summary>
    public decimal Amount { get; private set; }
    public RefundKind Kind { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTime AtUtc { get; private set; }
    public string By { get; private set; } = "";
    public long? ReversalOfId { get; private set; }

    private Refund() { }

    public Refund(long shopId, long? orderId, long? caseId, long? tid, decimal amount, RefundKind kind, string reason, DateTime atUtc, string by) =>
        (ShopId, OrderId, CaseId, Tid, Amount, Kind, Reason, AtUtc, By) = (shopId, orderId, caseId, tid, amount, kind, reason, atUtc, by);

    public Refund Reverse(string reason, DateTime atUtc, string by) =>
        new(ShopId, OrderId, CaseId, Tid, -Amount, Kind, reason.Trim(), atUtc, by) { ReversalOfId = Id };
}
