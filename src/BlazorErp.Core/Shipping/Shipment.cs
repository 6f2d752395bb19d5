using BlazorErp.Core.Common;

namespace BlazorErp.Core.Shipping;

/// <summary>
/// 出库单: what leaving the warehouse posted — the goods amount receivable from the shop's escrow and the freight
/// payable to the courier — the source document finance works from. Never edited: a reversal is a second
/// shipment with the amounts negated that points at the first.
/// </summary>
public sealed class Shipment : Entity
{
    public long OrderId { get; private set; }
    public long ShopId { get; private set; }
    public long WarehouseId { get; private set; }
    public long CourierId { get; private set; }
    public string TrackingNo { get; private set; } = "";
    public decimal WeightKg { get; private set; }
    public decimal GoodsAmount { get; private set; }
    public decimal Freight { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string By { get; private set; } = "";
    /// <summary>Set on a reversal: the shipment it cancels.</summary>
    public long? ReversalOfId { get; private set; }
    public string? Reason { get; private set; }

    private Shipment() { }

    public Shipment(long orderId, long shopId, long warehouseId, long courierId, string trackingNo, decimal weightKg, decimal goodsAmount,
        decimal freight, DateTime atUtc, string by) =>
        (OrderId, ShopId, WarehouseId, CourierId, TrackingNo, WeightKg, GoodsAmount, Freight, AtUtc, By) =
        (orderId, shopId, warehouseId, courierId, trackingNo, weightKg, goodsAmount, freight, atUtc, by);

    public Shipment Reverse(string reason, DateTime atUtc, string by) => new(OrderId, ShopId, WarehouseId, CourierId, TrackingNo, -WeightKg,
        -GoodsAmount, -Freight, atUtc, by) { ReversalOfId = Id, Reason = reason.Trim() };
}
