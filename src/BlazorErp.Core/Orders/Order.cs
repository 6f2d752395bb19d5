using BlazorErp.Core.Common;

namespace BlazorErp.Core.Orders;

/// <summary>Where an order is in the flow (DOMAIN.md): 待审核 → 已审核 → 已打印 → 已验货 → 已发货 → 已同步 → 已完成; or 已取消 / 已合并.</summary>
public enum OrderStatus { PendingReview, Approved, Printed, Inspected, Shipped, Synced, Completed, Cancelled, Merged }

/// <summary>Why an order is out of the normal flow (异常). An order may have several at once.</summary>
[Flags]
public enum OrderFlags
{
    None = 0,
    Unmatched = 1,          // 货品未匹配: a line's merchant code matches no SKU
    RefundRequested = 2,    // 退款: the buyer asked for a refund on the platform
    AddressChanged = 4,     // 地址变更: the platform address changed after approval
    ItemsChanged = 8,       // 商品变更: the platform lines changed after approval
    OutOfStock = 16,        // 缺货
    ManualHold = 32,        // 其他: held by a clerk, with a note
    AddressProblem = 64,    // 地址异常
    PriceProblem = 128,     // 价格异常
}

/// <summary>The receiver as the platform wrote it, with region codes where the names resolved.</summary>
public sealed record Receiver(string Name, string Mobile, string State, string City, string District, string Address, string? Zip,
    string? ProvinceCode, string? CityCode, string? DistrictCode)
{
    /// <summary>Merging compares receivers by what a courier would deliver to, ignoring spacing.</summary>
    public string MergeKey => string.Concat(Name, Mobile, State, City, District, Address).Replace(" ", "").Replace("\u3000", "");
}

/// <summary>
/// 订单: our working order, built from one platform trade (or several, merged). The platform's facts
/// (receiver, lines, remarks, refunds) flow in through <see cref="ApplyPlatformTrade"/>, which applies the
/// domain's rule: before approval an order follows the platform; after approval a change raises an
/// exception instead of silently changing a parcel that may already be printed.
/// </summary>
public sealed partial class Order : Entity
{
    private List<OrderLine> _lines = [];
    private List<OrderSource> _sources = [];

    public long ShopId { get; private set; }
    /// <summary>
    /// The platform trade this order was built from (unique per shop; none for a manual order). A merged order's
    /// other trades are its <see cref="Sources"/>.
    /// </summary>
    public long? Tid { get; private set; }
    /// <summary>The version (platform modified time) of <see cref="Tid"/> this order last took in.</summary>
    public DateTime TidModifiedChina { get; private set; }
    /// <summary>
    /// 外部单号: a manual order's number in the system it came from (an imported sheet, a distributor). Unique per shop,
    /// so importing the same sheet again is refused instead of creating the orders twice.
    /// </summary>
    public string? ExternalNo { get; private set; }
    public const int ExternalNoMaxLength = 64;
    public string BuyerNick { get; private set; } = "";
    public Receiver Receiver { get; private set; } = default!;
    public string? BuyerMessage { get; private set; }
    public string? SellerMemo { get; private set; }
    public string? ServiceRemark { get; private set; }
    public OrderStatus Status { get; private set; }
    public OrderFlags Flags { get; private set; }
    public decimal GoodsTotal { get; private set; }
    public decimal PostFee { get; private set; }
    public decimal Discount { get; private set; }
    public decimal Paid { get; private set; }
    public DateTime? PaidAtChina { get; private set; }
    /// <summary>
    /// 货到付款: the buyer pays the courier on delivery (快递代收), so the money comes from the courier's remittance, not from
    /// the platform's escrow. From the trade's type (TOP <c>cod</c>) or set on a manual order.
    /// </summary>
    public bool CashOnDelivery { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    /// <summary>Someone worked on it (edited, split, held): it is no longer merged automatically.</summary>
    public bool Touched { get; private set; }
    public long? MergedIntoOrderId { get; private set; }
    /// <summary><see cref="Receiver.MergeKey"/>, stored so the merge candidates can be found by query.</summary>
    public string ReceiverKey { get; private set; } = "";
    public IReadOnlyList<OrderLine> Lines => _lines;
    /// <summary>Derived from the lines for search ("|XIA-01|OUDAI-300|"); stored, never set.</summary>
    public string MerchantCodes
    {
        get => "|" + string.Join("|", _lines.Select(l => l.MerchantCode).Where(c => !string.IsNullOrEmpty(c)).Distinct()) + "|";
        private set { } // written by EF from the getter; read back and ignored
    }
    public IReadOnlyList<OrderSource> Sources => _sources;

    public bool IsReviewable => Status == OrderStatus.PendingReview;
    public bool IsShippedOrLater => Status is OrderStatus.Shipped or OrderStatus.Synced or OrderStatus.Completed;

    private Order() { }

    /// <summary>手工建单: an order entered by staff (phone sales, distributors, the open API). It is never merged automatically.</summary>
    public static Order Manual(long shopId, string buyerNick, Receiver receiver, IReadOnlyList<OrderLine> lines, decimal postFee,
        string? buyerMessage, string? serviceRemark, DateTime nowUtc, string? externalNo = null, bool cashOnDelivery = false)
    {
        var goods = lines.Sum(l => l.Payment);
        return new Order
        {
            ShopId = shopId, ExternalNo = string.IsNullOrWhiteSpace(externalNo) ? null : externalNo.Trim(), BuyerNick = buyerNick.Trim(), Receiver = receiver, ReceiverKey = receiver.MergeKey, _lines = [.. lines],
            BuyerMessage = string.IsNullOrWhiteSpace(buyerMessage) ? null : buyerMessage.Trim(),
            ServiceRemark = string.IsNullOrWhiteSpace(serviceRemark) ? null : serviceRemark.Trim(),
            GoodsTotal = goods, PostFee = postFee, Paid = goods + postFee, Status = OrderStatus.PendingReview, Touched = true, CreatedAtUtc = nowUtc,
            CashOnDelivery = cashOnDelivery,
        };
    }

    public static Order FromPlatform(long shopId, PlatformTrade trade, Func<string, long?> skuIdByMerchantCode, DateTime nowUtc)
    {
        var order = new Order { ShopId = shopId, Tid = trade.Tid, TidModifiedChina = trade.ModifiedChina, Status = OrderStatus.PendingReview, CreatedAtUtc = nowUtc };
        order._sources.Add(OrderSource.Of(trade));
        order.TakeFacts(trade, skuIdByMerchantCode);
        return order;
    }

    /// <summary>A newer version of one of this order's trades came down.</summary>
    public PlatformChange ApplyPlatformTrade(PlatformTrade trade, Func<string, long?> skuIdByMerchantCode)
    {
        var source = _sources.Single(s => s.Tid == trade.Tid);
        if (trade.Tid == Tid && trade.ModifiedChina > TidModifiedChina) TidModifiedChina = trade.ModifiedChina;
        if (trade.ModifiedChina <= source.ModifiedChina) return PlatformChange.None;
        var latest = OrderSource.Of(trade);
        _sources = _sources.Select(s => s.Tid == trade.Tid ? latest : s).ToList();

        var change = PlatformChange.None;
        // Remarks are information, never a reason to stop a parcel — but a new one must be read again before approval.
        if (trade.SellerMemo is not null && trade.SellerMemo != SellerMemo) Acknowledged &= ~ReviewFinding.SellerMemo;
        if (trade.BuyerMessage is not null && trade.BuyerMessage != BuyerMessage) Acknowledged &= ~ReviewFinding.BuyerMessage;
        SellerMemo = trade.SellerMemo ?? SellerMemo;
        BuyerMessage = trade.BuyerMessage ?? BuyerMessage;

        // A refund on a line the order still holds: one already taken off (货未发出退款) is done with.
        if (trade.Lines.Any(l => l.RefundRequested && _lines.Any(o => o.Tid == trade.Tid && o.Oid == l.Oid))
            && !Flags.HasFlag(OrderFlags.RefundRequested) && !IsShippedOrLater)
        {
            Flags |= OrderFlags.RefundRequested;
            NeedsChecks = true;
            change |= PlatformChange.RefundFlagged;
        }
        if (trade.IsClosed && !IsShippedOrLater && Status != OrderStatus.Cancelled)
        {
            // Only an order that is nothing but this trade, still waiting, simply goes: an approved one holds stock and a
            // waybill, a merged one other paid trades, a split one a sibling — those need a clerk (退款 exception, then 驳回).
            if (IsFollowingPlatform)
            {
                Status = OrderStatus.Cancelled;
                return change | PlatformChange.Cancelled;
            }
            if (!Flags.HasFlag(OrderFlags.RefundRequested)) change |= PlatformChange.RefundFlagged;
            Flags |= OrderFlags.RefundRequested;
            NeedsChecks = true;
            return change;
        }

        // Compared with the platform's previous version of this trade, not with the order's lines (a clerk's edits, gifts
        // and splits are ours); a source stored before versions were kept falls back to the order's own lines.
        var addressChanged = source.ReceiverKey is { } before ? before != latest.ReceiverKey : trade.Receiver.MergeKey != Receiver.MergeKey;
        var itemsChanged = source.LinesKey is { } lines ? lines != latest.LinesKey
            : !SameItems(_lines.Where(l => l.Tid == trade.Tid && !l.IsGift).ToList(), trade.Lines);
        if (!addressChanged && !itemsChanged) return change;
        if (IsFollowingPlatform)
        {
            TakeFacts(trade, skuIdByMerchantCode);
            return change | PlatformChange.Updated;
        }
        NeedsChecks = true;
        if (addressChanged) Flags |= OrderFlags.AddressChanged;
        if (itemsChanged) Flags |= OrderFlags.ItemsChanged;
        return change | PlatformChange.ExceptionRaised;
    }

    /// <summary>A merged order keeps noting the versions of its own trade, whose changes go to the order it was merged into.</summary>
    public void NoteTradeVersion(DateTime modifiedChina)
    {
        if (modifiedChina > TidModifiedChina) TidModifiedChina = modifiedChina;
    }

    /// <summary>Lines whose merchant code matched nothing are matched again (after the code was fixed).</summary>
    public bool Rematch(Func<string, long?> skuIdByMerchantCode)
    {
        var changed = false;
        _lines = _lines.Select(l =>
        {
            if (l.SkuId is not null) return l;
            var skuId = skuIdByMerchantCode(l.MerchantCode ?? "");
            if (skuId is null) return l;
            changed = true;
            return l with { SkuId = skuId };
        }).ToList();
        if (_lines.All(l => l.SkuId is not null)) Flags &= ~OrderFlags.Unmatched;
        NeedsChecks |= changed;
        return changed;
    }

    /// <summary>Waiting for review, one trade, nobody worked on it: platform changes simply apply (otherwise they raise exceptions).</summary>
    private bool IsFollowingPlatform => IsReviewable && _sources.Count == 1 && !Touched && SplitFromOrderId is null;

    /// <summary>Can this order take part in an automatic merge? Only untouched orders waiting for review.</summary>
    public bool IsAutoMergeable => IsReviewable && !Touched && MergedIntoOrderId is null;

    /// <summary>
    /// 合并: takes another untouched pending order of the same shop, buyer and receiver into this one. The other
    /// order is kept as "merged into" this one, so the merge can be undone.
    /// </summary>
    public Result MergeFrom(Order other)
    {
        // 货到付款 and paid trades do not share a parcel: the courier would collect for goods already paid, or not at all.
        if (other.Id == Id || other.ShopId != ShopId || other.BuyerNick != BuyerNick || other.Receiver.MergeKey != Receiver.MergeKey
            || other.CashOnDelivery != CashOnDelivery)
            return new Error("Order.NotMergeable");
        if (!IsReviewable || !other.IsReviewable) return new Error("Order.NotPending");
        // Copies, not the same instances: each order owns its rows. The merged order keeps its sources (its tids),
        // which is what an unmerge needs to give it its lines back.
        _lines.AddRange(other._lines.Select(l => l with { }));
        _sources.AddRange(other._sources.Select(s => s with { }));
        Flags |= other.Flags;
        // What was read and accepted for this order was not read for the other one's remarks and prices.
        if (other.BuyerMessage is not null) Acknowledged &= ~ReviewFinding.BuyerMessage;
        if (other.SellerMemo is not null) Acknowledged &= ~ReviewFinding.SellerMemo;
        Acknowledged &= ~ReviewFinding.PriceAnomaly;
        (GoodsTotal, PostFee, Discount, Paid) = (GoodsTotal + other.GoodsTotal, PostFee + other.PostFee, Discount + other.Discount, Paid + other.Paid);
        BuyerMessage = Join(BuyerMessage, other.BuyerMessage);
        SellerMemo = Join(SellerMemo, other.SellerMemo);
        other._lines = [];
        NeedsChecks = true;
        other.Status = OrderStatus.Merged;
        other.MergedIntoOrderId = Id;
        return Result.Ok();
    }

    /// <summary>
    /// 取消合并: gives a merged order its own trades' lines back. Both must still wait for review; the order given
    /// back counts as touched, so the next download does not merge it again.
    /// </summary>
    public Result Unmerge(Order merged)
    {
        if (merged.MergedIntoOrderId != Id || merged.Status != OrderStatus.Merged) return new Error("Order.NotMergedHere");
        if (!IsReviewable) return new Error("Order.NotPending");
        var tids = merged._sources.Select(s => s.Tid).ToHashSet();
        merged._lines = _lines.Where(l => tids.Contains(l.Tid)).Select(l => l with { }).ToList();
        _lines = _lines.Where(l => !tids.Contains(l.Tid)).ToList();
        _sources = _sources.Where(s => !tids.Contains(s.Tid)).ToList();
        (GoodsTotal, PostFee, Discount, Paid) = (GoodsTotal - merged.GoodsTotal, PostFee - merged.PostFee, Discount - merged.Discount, Paid - merged.Paid);
        merged.Status = OrderStatus.PendingReview;
        merged.MergedIntoOrderId = null;
        NeedsChecks = merged.NeedsChecks = true;
        merged.Touched = true;
        return Result.Ok();
    }

    private void TakeFacts(PlatformTrade trade, Func<string, long?> skuIdByMerchantCode)
    {
        NeedsChecks = true;
        BuyerNick = trade.BuyerNick;
        Receiver = trade.Receiver;
        ReceiverKey = trade.Receiver.MergeKey;
        BuyerMessage = trade.BuyerMessage;
        SellerMemo = trade.SellerMemo;
        (GoodsTotal, PostFee, Discount, Paid, PaidAtChina) = (trade.TotalFee, trade.PostFee, trade.DiscountFee, trade.Payment, trade.PaidAtChina);
        CashOnDelivery = trade.CashOnDelivery;
        _lines = _lines.Where(l => l.Tid != trade.Tid)
            .Concat(trade.Lines.Select(l => new OrderLine(trade.Tid, l.Oid, l.MerchantCode, l.Title, l.SkuProperties, l.Quantity, l.Price,
                l.Payment, string.IsNullOrWhiteSpace(l.MerchantCode) ? null : skuIdByMerchantCode(l.MerchantCode), IsGift: false)))
            .ToList();
        Flags = _lines.Any(l => l.SkuId is null) ? Flags | OrderFlags.Unmatched : Flags & ~OrderFlags.Unmatched;
        if (trade.Lines.Any(l => l.RefundRequested)) Flags |= OrderFlags.RefundRequested;
    }

    private static bool SameItems(List<OrderLine> lines, IReadOnlyList<PlatformLine> platform) =>
        lines.Count == platform.Count
        && lines.OrderBy(l => l.Oid).Zip(platform.OrderBy(p => p.Oid)).All(p => p.First.Oid == p.Second.Oid
            && p.First.MerchantCode == p.Second.MerchantCode && p.First.Quantity == p.Second.Quantity);

    private static string? Join(string? a, string? b) => string.IsNullOrEmpty(b) || a == b ? a : string.IsNullOrEmpty(a) ? b : a + "；" + b;
}

/// <summary>A line as sold: the merchant code as the platform gave it, and the SKU it matched (null: unmatched).</summary>
public sealed record OrderLine(long Tid, long Oid, string? MerchantCode, string Title, string? SkuProperties, int Quantity, decimal Price,
    decimal Payment, long? SkuId, bool IsGift);

/// <summary>
/// A platform trade this order came from, with the version it last took and that version's lines and receiver (as keys),
/// so the next version is compared with the platform's previous one rather than with what clerks made of the order.
/// </summary>
public sealed record OrderSource(long Tid, DateTime ModifiedChina, string? LinesKey = null, string? ReceiverKey = null)
{
    public static OrderSource Of(PlatformTrade trade) => new(trade.Tid, trade.ModifiedChina,
        string.Join(";", trade.Lines.OrderBy(l => l.Oid).Select(l => $"{l.Oid}:{l.MerchantCode}:{l.Quantity}")), trade.Receiver.MergeKey);
}

[Flags]
public enum PlatformChange { None = 0, Updated = 1, ExceptionRaised = 2, RefundFlagged = 4, Cancelled = 8 }
