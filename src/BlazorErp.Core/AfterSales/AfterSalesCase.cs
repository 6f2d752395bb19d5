using BlazorErp.Core.Common;

namespace BlazorErp.Core.AfterSales;

/// <summary>退货 (return), 换货 (exchange), 仅退款 (refund only, nothing comes back), 补发 (reissue missing goods).</summary>
public enum CaseType { Return, Exchange, RefundOnly, Reissue }

/// <summary>待退回 → 已收货待质检 → 已完成, or 已关闭 (the buyer never sent it, the platform refused …).</summary>
public enum CaseStatus { AwaitingReturn, ReceivedAwaitingQc, Completed, Closed }

/// <summary>
/// A line of the original order the case concerns: how many were shipped (the ceiling of everything), how many the buyer
/// says come back, and — once the parcel is checked — how many arrived sellable (良品) or defective (次品), and whether
/// the buyer gets money back for them (the manual's red mark). <see cref="Tid"/> and <see cref="Oid"/> name the order line
/// (the platform's trade and sub-order), so a platform refund finds the case that covers it.
/// </summary>
public sealed record CaseLine(long SkuId, string MerchantCode, string Title, int Shipped, int Expected, decimal Price,
    int Good = 0, int Defective = 0, bool NeedsRefund = false, long Tid = 0, long Oid = 0)
{
    public int Received => Good + Defective;

    /// <summary>What the case holds of the line: what arrived once received, what the buyer announced before.</summary>
    public int Claimed(CaseStatus status) => status == CaseStatus.Completed ? Received : Expected;

    public bool IsLine(long tid, long oid) => Oid != 0 && Tid == tid && Oid == oid;
}

/// <summary>Goods an exchange sends out, or the missing goods a reissue sends.</summary>
public sealed record OutgoingLine(long SkuId, string MerchantCode, string Title, int Quantity, decimal Price);

/// <summary>The QC verdict on one case line at receipt.</summary>
public sealed record LineCheck(int Index, int Good, int Defective, bool NeedsRefund);

/// <summary>
/// 退换单: an after-sales case on a shipped order (or, for a refund before shipping, an unshipped one), or a blind
/// parcel nobody registered. Quantities never exceed what was shipped; a parcel is received once; a finished case
/// is never edited again. Stock and money effects happen in the use cases, in the same transaction as the change.
/// </summary>
public sealed class AfterSalesCase : Entity
{
    public const int TextMaxLength = 200;
    private List<CaseLine> _lines = [];
    private List<OutgoingLine> _outgoing = [];

    public CaseType Type { get; private set; }
    public CaseStatus Status { get; private set; }
    /// <summary>The original order's shop; none for a blind return whose shop nobody knows yet.</summary>
    public long? ShopId { get; private set; }
    /// <summary>The original order; none for a blind return not matched yet.</summary>
    public long? OrderId { get; private set; }
    public long? Tid { get; private set; }
    public string BuyerNick { get; private set; } = "";
    public string ReceiverName { get; private set; } = "";
    public string ReceiverMobile { get; private set; } = "";
    /// <summary>A key of <see cref="CaseReasons"/>.</summary>
    public string Reason { get; private set; } = "";
    public string? Note { get; private set; }
    public string? ReturnCourier { get; private set; }
    /// <summary>The returning parcel's tracking number, as scanned at receipt (upper case, no spaces).</summary>
    public string? ReturnTrackingNo { get; private set; }
    public long? ReturnWarehouseId { get; private set; }
    public long? OutgoingWarehouseId { get; private set; }
    /// <summary>The exchange or reissue order this case created.</summary>
    public long? NewOrderId { get; private set; }
    /// <summary>Money handed to finance for the buyer (仅退款 amount, or the red-marked lines at receipt).</summary>
    public decimal RefundAmount { get; private set; }
    public long? PlatformRefundId { get; private set; }
    /// <summary>The platform's refund status (WAIT_SELLER_AGREE, SUCCESS, CLOSED …) as last downloaded.</summary>
    public string? PlatformRefundStatus { get; private set; }
    /// <summary>无主件: the parcel arrived with no registered case; made at the receiving desk.</summary>
    public bool IsBlind { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime? ReceivedAtUtc { get; private set; }
    public string? ReceivedBy { get; private set; }
    public DateTime? FinishedAtUtc { get; private set; }
    public string? FinishedBy { get; private set; }
    public string? CloseReason { get; private set; }
    public IReadOnlyList<CaseLine> Lines => _lines;
    public IReadOnlyList<OutgoingLine> Outgoing => _outgoing;

    /// <summary>售后单号 SH000123.</summary>
    public string No => NoOf(Id);
    public static string NoOf(long id) => $"SH{id:D6}";
    public bool ComesBack => Type is CaseType.Return or CaseType.Exchange;

    /// <summary>
    /// The platform trade the case's money belongs to — that of the lines it concerns: a part split off an order has no tid of
    /// its own, a merged order holds several trades. (Lines of two trades refunded in one case book under the first.)
    /// </summary>
    public long? MoneyTid =>
        _lines.Where(l => l.Tid != 0 && (l.NeedsRefund || l.Expected > 0)).Select(l => (long?)l.Tid).FirstOrDefault()
        ?? _lines.Where(l => l.Tid != 0).Select(l => (long?)l.Tid).FirstOrDefault() ?? Tid;
    public bool IsOpen => Status is CaseStatus.AwaitingReturn or CaseStatus.ReceivedAwaitingQc;

    private AfterSalesCase() { }

    /// <summary>退换登记 on an order: what the customer reported. Refund-only and reissue cases are done at once.</summary>
    public static Result<AfterSalesCase> Register(CaseRegistration r, IReadOnlyList<CaseLine> lines, IReadOnlyList<OutgoingLine> outgoing,
        string by, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(r.Reason)) return new Error("AfterSales.ReasonRequired");
        if (r.Note?.Length > TextMaxLength) return new Error("AfterSales.NoteTooLong", TextMaxLength);
        if (lines.FirstOrDefault(l => l.Expected < 0 || l.Expected > l.Shipped) is { } over)
            return new Error("AfterSales.QuantityAboveShipped", over.MerchantCode, over.Expected, over.Shipped);
        if (outgoing.Any(l => l.Quantity <= 0)) return new Error("StockDocument.QuantityInvalid");
        if (outgoing.Any(l => l.Price < 0)) return new Error("Sku.NegativePrice");
        var comesBack = r.Type is CaseType.Return or CaseType.Exchange;
        if (comesBack && lines.All(l => l.Expected == 0)) return new Error("AfterSales.NothingComesBack");
        if (comesBack && r.ReturnWarehouseId is null) return new Error("AfterSales.ReturnWarehouseRequired");
        if (r.Type is CaseType.Exchange or CaseType.Reissue && outgoing.Count == 0) return new Error("AfterSales.NothingGoesOut");
        if (r.Type is CaseType.Exchange or CaseType.Reissue && r.OutgoingWarehouseId is null) return new Error("AfterSales.OutgoingWarehouseRequired");
        if (r.Type == CaseType.RefundOnly && r.RefundAmount <= 0) return new Error("AfterSales.RefundAmountRequired");
        if (r.Type == CaseType.Reissue)
        {
            // 补发 sends what was missing from the parcel: goods of the original order, no more than it shipped.
            var shipped = lines.GroupBy(l => l.SkuId).ToDictionary(g => g.Key, g => g.Sum(l => l.Shipped));
            foreach (var line in outgoing.GroupBy(l => l.SkuId))
            {
                if (!shipped.TryGetValue(line.Key, out var ceiling)) return new Error("AfterSales.ItemNotInOrder", line.First().MerchantCode);
                if (line.Sum(l => l.Quantity) > ceiling) return new Error("AfterSales.QuantityAboveShipped", line.First().MerchantCode, line.Sum(l => l.Quantity), ceiling);
            }
        }

        var tracking = NormalizeTracking(r.ReturnTrackingNo);
        return new AfterSalesCase
        {
            Type = r.Type, ShopId = r.ShopId, OrderId = r.OrderId, Tid = r.Tid, BuyerNick = r.BuyerNick, ReceiverName = r.ReceiverName,
            ReceiverMobile = r.ReceiverMobile, Reason = r.Reason.Trim(), Note = Blank(r.Note), ReturnCourier = Blank(r.ReturnCourier),
            ReturnTrackingNo = tracking, ReturnWarehouseId = comesBack ? r.ReturnWarehouseId : null,
            OutgoingWarehouseId = r.Type is CaseType.Exchange or CaseType.Reissue ? r.OutgoingWarehouseId : null,
            RefundAmount = r.Type == CaseType.RefundOnly ? r.RefundAmount : 0,
            PlatformRefundId = r.PlatformRefundId, PlatformRefundStatus = r.PlatformRefundStatus,
            _lines = comesBack ? lines.Where(l => l.Expected > 0).ToList() : [.. lines],
            // 补发 replaces goods the buyer paid for already: it goes out at no price, whatever was typed.
            _outgoing = r.Type == CaseType.Reissue ? outgoing.Select(l => l with { Price = 0 }).ToList() : [.. outgoing],
            Status = comesBack ? CaseStatus.AwaitingReturn : CaseStatus.Completed,
            CreatedAtUtc = nowUtc, CreatedBy = by,
            FinishedAtUtc = comesBack ? null : nowUtc, FinishedBy = comesBack ? null : by,
        };
    }

    /// <summary>
    /// 无主件: a parcel came back that nobody registered — the case is made from its tracking number and the items scanned
    /// out of it, already received; it is matched to an order later (or stays unmatched).
    /// </summary>
    public static Result<AfterSalesCase> Blind(long? shopId, string trackingNo, string? courier, long returnWarehouseId,
        IReadOnlyList<CaseLine> scanned, string by, DateTime nowUtc)
    {
        if (NormalizeTracking(trackingNo) is not { } tracking) return new Error("AfterSales.TrackingRequired");
        if (scanned.Count == 0 || scanned.Any(l => l.Received <= 0)) return new Error("AfterSales.NothingScanned");
        return new AfterSalesCase
        {
            Type = CaseType.Return, Status = CaseStatus.ReceivedAwaitingQc, IsBlind = true, ShopId = shopId, Reason = CaseReasons.Blind,
            ReturnTrackingNo = tracking, ReturnCourier = Blank(courier), ReturnWarehouseId = returnWarehouseId,
            _lines = scanned.Select(l => l with { Expected = l.Received, Shipped = l.Received }).ToList(),
            CreatedAtUtc = nowUtc, CreatedBy = by, ReceivedAtUtc = nowUtc, ReceivedBy = by,
        };
    }

    /// <summary>
    /// A blind parcel found its order (by buyer or phone): every item in it must be goods of that order, no more than it
    /// shipped. The case then reads like one registered for the order.
    /// </summary>
    public Result MatchOrder(CaseOrder order)
    {
        if (!IsBlind || OrderId is not null || Status == CaseStatus.Closed) return new Error("AfterSales.NotUnmatched", No);
        var shipped = order.Lines.GroupBy(l => l.SkuId).ToDictionary(g => g.Key, g => g.Sum(l => l.Shipped));
        foreach (var line in _lines)
        {
            if (!shipped.TryGetValue(line.SkuId, out var ceiling)) return new Error("AfterSales.ItemNotInOrder", line.MerchantCode);
            if (line.Received > ceiling) return new Error("AfterSales.QuantityAboveShipped", line.MerchantCode, line.Received, ceiling);
        }
        (OrderId, ShopId, Tid, BuyerNick, ReceiverName, ReceiverMobile) = (order.OrderId, order.ShopId, order.Tid, order.BuyerNick, order.ReceiverName, order.ReceiverMobile);
        _lines = _lines.Select(l =>
        {
            var line = order.Lines.First(o => o.SkuId == l.SkuId);
            return l with { Shipped = shipped[l.SkuId], Price = line.Price, Tid = line.Tid, Oid = line.Oid };
        }).ToList();
        // Checked before it was matched: the red-marked lines are now worth the price the buyer paid.
        if (Status == CaseStatus.Completed) RefundAmount = _lines.Where(l => l.NeedsRefund).Sum(l => l.Received * l.Price);
        return Result.Ok();
    }

    /// <summary>The customer sent the parcel: its courier and tracking number (registered later than the case, as often happens).</summary>
    public Result SetReturnParcel(string? courier, string? trackingNo)
    {
        if (Status != CaseStatus.AwaitingReturn) return new Error("AfterSales.AlreadyReceived", No);
        (ReturnCourier, ReturnTrackingNo) = (Blank(courier), NormalizeTracking(trackingNo));
        return Result.Ok();
    }

    /// <summary>快件已经退回到仓库: the parcel is at the desk, its checks still to come. A parcel is received once.</summary>
    public Result Receive(string by, DateTime nowUtc)
    {
        if (Status != CaseStatus.AwaitingReturn) return new Error(Status == CaseStatus.Closed ? "AfterSales.NotOpen" : "AfterSales.AlreadyReceived", No);
        (Status, ReceivedAtUtc, ReceivedBy) = (CaseStatus.ReceivedAwaitingQc, nowUtc, by);
        return Result.Ok();
    }

    /// <summary>
    /// QC检测完毕 → 审核确定: each line's sellable and defective quantities and its red mark. Nothing above what was shipped,
    /// something must have arrived. The answer is the money for the red-marked lines (their received quantity at the
    /// price paid), handed to finance; the caller posts the stock and creates an exchange's order.
    /// </summary>
    public Result<decimal> ConfirmReceipt(IReadOnlyList<LineCheck> checks, string by, DateTime nowUtc)
    {
        if (!IsOpen) return new Error(Status == CaseStatus.Closed ? "AfterSales.NotOpen" : "AfterSales.AlreadyReceived", No);
        if (checks.Any(c => c.Index < 0 || c.Index >= _lines.Count || c.Good < 0 || c.Defective < 0)) return new Error("AfterSales.CheckInvalid");
        var lines = _lines.ToList();
        foreach (var check in checks)
        {
            var line = lines[check.Index];
            if (check.Good + check.Defective > line.Shipped)
                return new Error("AfterSales.QuantityAboveShipped", line.MerchantCode, check.Good + check.Defective, line.Shipped);
            lines[check.Index] = line with { Good = check.Good, Defective = check.Defective, NeedsRefund = check.NeedsRefund };
        }
        if (lines.All(l => l.Received == 0)) return new Error("AfterSales.NothingReceived");
        if (Status == CaseStatus.AwaitingReturn) (ReceivedAtUtc, ReceivedBy) = (nowUtc, by);
        _lines = lines;
        RefundAmount = lines.Where(l => l.NeedsRefund).Sum(l => l.Received * l.Price);
        (Status, FinishedAtUtc, FinishedBy) = (CaseStatus.Completed, nowUtc, by);
        return RefundAmount;
    }

    public void LinkNewOrder(long orderId) => NewOrderId = orderId;

    /// <summary>关闭: a case whose parcel never comes (the buyer changed their mind, the platform closed the refund).</summary>
    public Result Close(string reason, string by, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(reason)) return new Error("AfterSales.CloseReasonRequired");
        if (Status != CaseStatus.AwaitingReturn) return new Error(Status == CaseStatus.ReceivedAwaitingQc ? "AfterSales.ReceivedCannotClose" : "AfterSales.NotOpen", No);
        (Status, CloseReason, FinishedAtUtc, FinishedBy) = (CaseStatus.Closed, reason.Trim(), nowUtc, by);
        return Result.Ok();
    }

    /// <summary>The platform's refund moved on (sandbox or Taobao); shown beside the case's own state.</summary>
    public bool TakePlatformRefund(long refundId, string status)
    {
        if (PlatformRefundId == refundId && PlatformRefundStatus == status) return false;
        (PlatformRefundId, PlatformRefundStatus) = (refundId, status);
        return true;
    }

    /// <summary>Tracking numbers are scanned, typed and pasted: compared upper case without spaces.</summary>
    public static string? NormalizeTracking(string? trackingNo) =>
        string.IsNullOrWhiteSpace(trackingNo) ? null : string.Concat(trackingNo.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>What the registration form says, besides the lines.</summary>
public sealed record CaseRegistration(CaseType Type, long ShopId, long? OrderId, long? Tid, string BuyerNick, string ReceiverName, string ReceiverMobile,
    string Reason, string? Note, string? ReturnCourier, string? ReturnTrackingNo, long? ReturnWarehouseId, long? OutgoingWarehouseId,
    decimal RefundAmount = 0, long? PlatformRefundId = null, string? PlatformRefundStatus = null);

/// <summary>An order as a case sees it: who bought, and what each line shipped at what price.</summary>
public sealed record CaseOrder(long OrderId, long ShopId, long? Tid, string BuyerNick, string ReceiverName, string ReceiverMobile, IReadOnlyList<CaseLine> Lines);
