namespace BlazorErp.Core.Orders;

/// <summary>What the review checks found on an order (chips on the queue row; filterable, so stored as flags).</summary>
[Flags]
public enum ReviewFinding
{
    None = 0,
    AddressIncomplete = 1,   // 地址不完整
    Unreachable = 2,         // 物流不可达
    TownDelivery = 4,        // 乡/镇/村地址: the courier may not deliver
    RemoteArea = 8,          // 偏远地区 → 超区
    BuyerMessage = 16,       // 买家留言
    SellerMemo = 32,         // 卖家备注
    PriceAnomaly = 64,       // 低于最低售价, or freight/discount outside the shop's settings
    OutOfStock = 128,        // 缺货
    Unmatched = 256,         // 货品未匹配
    Refund = 512,            // 退款
    NoCourier = 1024,        // 未指定物流
    NoWarehouse = 2048,      // 未指定仓库
}

public enum FindingSeverity { Block, Acknowledge }

public static class ReviewFindings
{
    /// <summary>Findings a clerk may approve over once acknowledged (read the remark, accepted the price).</summary>
    public const ReviewFinding Acknowledgeable = ReviewFinding.TownDelivery | ReviewFinding.RemoteArea | ReviewFinding.BuyerMessage
        | ReviewFinding.SellerMemo | ReviewFinding.PriceAnomaly;

    public static FindingSeverity SeverityOf(ReviewFinding finding) =>
        (Acknowledgeable & finding) == finding ? FindingSeverity.Acknowledge : FindingSeverity.Block;

    public static IEnumerable<ReviewFinding> Each(ReviewFinding findings) =>
        Enum.GetValues<ReviewFinding>().Where(f => f != ReviewFinding.None && findings.HasFlag(f));
}
