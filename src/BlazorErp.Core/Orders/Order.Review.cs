using BlazorErp.Core.Common;

namespace BlazorErp.Core.Orders;

/// <summary>
/// The review side of an order (订单审核): what a clerk may change while it waits, the checks' findings
/// and their acknowledgement, exceptions, approval, split and the way back from later stations.
/// </summary>
public sealed partial class Order
{
    private List<ReservedStock> _reserved = [];

    public long? CourierId { get; private set; }
    public long? WarehouseId { get; private set; }
    /// <summary>超区: parked in the remote-area bucket instead of being approved.</summary>
    public bool InRemoteArea { get; private set; }
    public ReviewFinding Findings { get; private set; }
    /// <summary>Findings a clerk has read and accepted (remarks, price, remote area, town delivery).</summary>
    public ReviewFinding Acknowledged { get; private set; }
    public string? ExceptionNote { get; private set; }
    public DateTime? ApprovedAtUtc { get; private set; }
    public string? ApprovedBy { get; private set; }
    public long? SplitFromOrderId { get; private set; }
    public string? RejectReason { get; private set; }
    /// <summary>The checks have not run on what the order is now (new, or changed by the platform).</summary>
    public bool NeedsChecks { get; private set; } = true;

    /// <summary>What approval reserved in <see cref="WarehouseId"/> (combos as their components): what a rejection gives back.</summary>
    public IReadOnlyList<ReservedStock> Reserved => _reserved;

    /// <summary>Findings that still stand in the way of approval.</summary>
    public ReviewFinding Outstanding => Findings & ~(Acknowledged & ReviewFindings.Acknowledgeable);

    public Result ChangeReceiver(Receiver receiver) => Edit(() => { Receiver = receiver; ReceiverKey = receiver.MergeKey; });

    /// <summary>Sets courier and warehouse; a shipping warehouse takes the order out of the 超区 bucket.</summary>
    public Result Assign(long? courierId, long? warehouseId, bool warehouseIsRemoteBucket) => Edit(() =>
    {
        CourierId = courierId;
        WarehouseId = warehouseId;
        InRemoteArea = warehouseId is not null && warehouseIsRemoteBucket;
    });

    /// <summary>
    /// The assignment rules decide courier and warehouse of orders no clerk has worked on; on a touched order they
    /// only fill in what is still missing — a rule never overrides a clerk. The 超区 bucket is left alone.
    /// </summary>
    public void AssignByRule(long? courierId, long? warehouseId)
    {
        if (!IsReviewable) return;
        CourierId = Touched ? CourierId ?? courierId : courierId ?? CourierId;
        if (!InRemoteArea) WarehouseId = Touched ? WarehouseId ?? warehouseId : warehouseId ?? WarehouseId;
    }

    public Result SetServiceRemark(string? remark) => Edit(() => ServiceRemark = string.IsNullOrWhiteSpace(remark) ? null : remark.Trim());

    public Result SetLineQuantity(int index, int quantity)
    {
        if (index < 0 || index >= _lines.Count) return Errors.NotFound("Line " + index);
        if (quantity <= 0) return new Error("StockDocument.QuantityInvalid");
        return Edit(() =>
        {
            var line = _lines[index];
            _lines[index] = line with { Quantity = quantity, Payment = line.IsGift ? 0 : line.Price * quantity };
            RecomputeGoodsTotal();
        });
    }

    public Result RemoveLine(int index)
    {
        if (index < 0 || index >= _lines.Count) return Errors.NotFound("Line " + index);
        if (_lines.Count == 1) return new Error("Order.LastLine");
        return Edit(() => { _lines.RemoveAt(index); RecomputeGoodsTotal(); });
    }

    /// <summary>赠品: a line at price 0, marked as a gift on the packing slip.</summary>
    public Result AddGift(long skuId, string merchantCode, string title, string? spec, int quantity)
    {
        if (quantity <= 0) return new Error("StockDocument.QuantityInvalid");
        var oid = _lines.Count == 0 ? 1 : _lines.Max(l => l.Oid) + 1;
        return Edit(() => _lines.Add(new OrderLine(Tid ?? 0, oid, merchantCode, title, spec, quantity, 0, 0, skuId, IsGift: true)));
    }

    public Result Acknowledge(ReviewFinding findings) => Edit(() => Acknowledged |= findings & ReviewFindings.Acknowledgeable);

    /// <summary>The checks ran again: findings replace the old ones; a remote-area order is parked in the bucket.</summary>
    public void SetFindings(ReviewFinding findings, long? remoteBucketWarehouseId)
    {
        Findings = findings;
        NeedsChecks = false;
        if (findings.HasFlag(ReviewFinding.RemoteArea) && !Acknowledged.HasFlag(ReviewFinding.RemoteArea) && IsReviewable
            && remoteBucketWarehouseId is { } bucket && !InRemoteArea)
        {
            WarehouseId = bucket;
            InRemoteArea = true;
        }
    }

    /// <summary>移至超区 by hand.</summary>
    public Result MoveToRemoteArea(long bucketWarehouseId) => Edit(() => { WarehouseId = bucketWarehouseId; InRemoteArea = true; });

    /// <summary>
    /// 审核通过: only a pending order without exceptions, with courier and a shipping warehouse, and with every
    /// finding either gone or acknowledged. The caller reserves <paramref name="reserved"/> in the same transaction.
    /// </summary>
    public Result Approve(string by, DateTime nowUtc, IReadOnlyList<ReservedStock> reserved)
    {
        if (!IsReviewable) return new Error("Order.NotPending");
        if (Flags != OrderFlags.None) return new Error("Order.HasException");
        if (InRemoteArea) return new Error("Order.InRemoteArea");
        if (Outstanding != ReviewFinding.None) return new Error("Order.FindingsOutstanding", string.Join(",", ReviewFindings.Each(Outstanding).Select(f => "ReviewFinding." + f)));
        Status = OrderStatus.Approved;
        ApprovedAtUtc = nowUtc;
        ApprovedBy = by;
        RejectReason = null;
        _reserved = [.. reserved];
        return Result.Ok();
    }

    /// <summary>标记异常 with a reason; the order leaves the review list for the exception queue.</summary>
    public Result FlagException(OrderFlags reason, string? note)
    {
        if (reason == OrderFlags.None || (reason & (reason - 1)) != 0) return new Error("Order.ExceptionReasonRequired");
        if (reason == OrderFlags.ManualHold && string.IsNullOrWhiteSpace(note)) return new Error("Order.ExceptionNoteRequired");
        if (!IsReviewable) return new Error("Order.NotPending");
        Flags |= reason;
        ExceptionNote = string.IsNullOrWhiteSpace(note) ? ExceptionNote : note.Trim();
        Touched = true;
        return Result.Ok();
    }

    /// <summary>处理异常: back to review. A cause that still holds (an unmatched line) cannot be waved away.</summary>
    public Result ResolveException(OrderFlags reason)
    {
        if (!Flags.HasFlag(reason) || reason == OrderFlags.None) return new Error("Order.NoSuchException");
        if (reason == OrderFlags.Unmatched && _lines.Any(l => l.SkuId is null)) return new Error("Order.StillUnmatched");
        Flags &= ~reason;
        if (Flags == OrderFlags.None) ExceptionNote = null;
        Touched = true;
        return Result.Ok();
    }

    /// <summary>
    /// 驳回: a later station sends the order back to review with a reason; the answer is the stock its approval
    /// reserved, for the caller to release. A shipped order is never rejected; it is reversed.
    /// </summary>
    public Result<ReservedStock[]> RejectToReview(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) return new Error("Order.RejectReasonRequired");
        if (Status is not (OrderStatus.Approved or OrderStatus.Printed or OrderStatus.Inspected)) return new Error("Order.NotRejectable");
        Status = OrderStatus.PendingReview;
        RejectReason = reason.Trim();
        ApprovedAtUtc = null;
        ApprovedBy = null;
        Touched = true;
        NeedsChecks = true;
        ForgetWarehouseStations();
        var released = _reserved.ToArray();
        _reserved = [];
        return released;
    }

    /// <summary>
    /// 拆分: the given quantity of each line (0 = none) moves to a new order of its own, linked to this one —
    /// the manual's shrimp ships now, the 泡藕带 waits. Both keep the receiver, remarks and assignment.
    /// </summary>
    public Result<Order> SplitOff(IReadOnlyList<int> quantities, DateTime nowUtc)
    {
        if (!IsReviewable) return new Error("Order.NotPending");
        if (quantities.Count != _lines.Count || quantities.Any(q => q < 0)) return new Error("Order.SplitInvalid");
        if (quantities.All(q => q == 0)) return new Error("Order.SplitNothing");
        if (quantities.Select((q, i) => q == _lines[i].Quantity).All(all => all)) return new Error("Order.SplitEverything");
        if (quantities.Where((q, i) => q > _lines[i].Quantity).Any()) return new Error("Order.SplitInvalid");

        var moved = new List<OrderLine>();
        var kept = new List<OrderLine>();
        for (var i = 0; i < _lines.Count; i++)
        {
            var line = _lines[i];
            var q = quantities[i];
            if (q > 0) moved.Add(line with { Quantity = q, Payment = Share(line, q) });
            if (line.Quantity - q > 0) kept.Add(line with { Quantity = line.Quantity - q, Payment = line.Payment - Share(line, q) });
        }
        var part = new Order
        {
            ShopId = ShopId, BuyerNick = BuyerNick, Receiver = Receiver, ReceiverKey = ReceiverKey, BuyerMessage = BuyerMessage,
            SellerMemo = SellerMemo, ServiceRemark = ServiceRemark, Status = OrderStatus.PendingReview, Flags = Flags, PaidAtChina = PaidAtChina,
            CreatedAtUtc = nowUtc, Touched = true, SplitFromOrderId = Id, CourierId = CourierId, WarehouseId = WarehouseId,
            InRemoteArea = InRemoteArea, Acknowledged = Acknowledged, CashOnDelivery = CashOnDelivery, _lines = moved,
            _sources = [.. _sources.Where(s => moved.Any(l => l.Tid == s.Tid)).Select(s => s with { })],
        };
        part.GoodsTotal = moved.Sum(l => l.Payment);
        part.Paid = part.GoodsTotal;
        _lines = kept;
        GoodsTotal -= part.GoodsTotal;
        Paid -= part.GoodsTotal;
        Touched = true;
        return part;
    }

    /// <summary>A line's share of its payment for part of its quantity (the rest keeps the rounding).</summary>
    private static decimal Share(OrderLine line, int quantity) => Math.Round(line.Payment * quantity / line.Quantity, 2);

    private void RecomputeGoodsTotal()
    {
        var goods = _lines.Sum(l => l.Payment);
        Paid += goods - GoodsTotal;
        GoodsTotal = goods;
    }

    private Result Edit(Action change)
    {
        if (!IsReviewable) return new Error("Order.NotPending");
        change();
        Touched = true;
        return Result.Ok();
    }
}

/// <summary>A quantity of a stock SKU held for an approved order.</summary>
public sealed record ReservedStock(long SkuId, int Quantity);
