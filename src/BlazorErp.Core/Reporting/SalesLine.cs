using BlazorErp.Core.Orders;

namespace BlazorErp.Core.Reporting;

/// <summary>
/// 销售明细账: one row per order line that left the warehouse, written in the same transaction as the shipment
/// posting (<see cref="ReportingInterceptor"/>), so the ledger and the dashboard read plain indexed rows instead of
/// the orders' JSON lines. The facts are frozen as they were at shipping: the SKU's cost then, the freight then.
/// A reversal (冲销) adds the same rows negated, pointing at the rows it cancels; nothing is changed or deleted.
/// </summary>
public sealed class SalesLine
{
    public long Id { get; private set; }
    /// <summary>The shipment (出库单) this row belongs to; a reversal row belongs to the reversing shipment.</summary>
    public long ShipmentId { get; private set; }
    public long OrderId { get; private set; }
    public long ShopId { get; private set; }
    public long WarehouseId { get; private set; }
    /// <summary>The platform trade the line was sold in (none for a manual order).</summary>
    public long? Tid { get; private set; }
    public long? SkuId { get; private set; }
    public string? MerchantCode { get; private set; }
    public string Title { get; private set; } = "";
    public string? Spec { get; private set; }
    public bool IsGift { get; private set; }
    /// <summary>Negative on a reversal row, as are all the money columns.</summary>
    public int Quantity { get; private set; }
    public decimal Price { get; private set; }
    /// <summary>优惠: list price × quantity − what the line was paid.</summary>
    public decimal Discount { get; private set; }
    /// <summary>金额: what the buyer paid for the line.</summary>
    public decimal Amount { get; private set; }
    /// <summary>成本: the SKU's cost at the moment of shipping × quantity (a combo without a cost of its own: its components').</summary>
    public decimal Cost { get; private set; }
    /// <summary>快递费: the courier's freight for the parcel, shared over its lines by amount.</summary>
    public decimal Freight { get; private set; }
    /// <summary>买家运费: the postage the buyer paid, shared the same way.</summary>
    public decimal PostFee { get; private set; }
    /// <summary>毛利 = 金额 + 买家运费 − 成本 − 快递费.</summary>
    public decimal GrossProfit { get; private set; }
    /// <summary>
    /// 审核时间: the approval the parcel shipped under. A reversal row keeps the time of the row it reverses, so on the
    /// approval basis the shipment and its reversal fall in the same period and cancel out there; the re-shipment comes
    /// with its new approval.
    /// </summary>
    public DateTime ApprovedAtUtc { get; private set; }
    /// <summary>
    /// 发货时间: when the goods left — for a reversal row, when the reversal was posted (the goods came back then), so a
    /// day already exported by ship time never changes afterwards: the reversal shows in the day it happened.
    /// </summary>
    public DateTime ShippedAtUtc { get; private set; }
    /// <summary>On a reversal row: the row it cancels.</summary>
    public long? ReversalOfId { get; private set; }

    private SalesLine() { }

    /// <summary>
    /// The rows of one shipped parcel. Freight and the buyer's postage are shared over the lines in proportion to their
    /// amounts (gifts carry none); a parcel of nothing but zero-priced lines (a reissue) shares them by quantity.
    /// The shares are rounded to the fen and add up exactly to the parcel's figures.
    /// </summary>
    public static List<SalesLine> ForParcel(long orderId, long shopId, long warehouseId, IReadOnlyList<OrderLine> lines, decimal freight,
        decimal postFee, DateTime approvedAtUtc, DateTime shippedAtUtc, Func<long, decimal> unitCostOf)
    {
        var weights = lines.Any(l => l.Payment > 0) ? lines.Select(l => Math.Max(l.Payment, 0)).ToList() : lines.Select(l => (decimal)l.Quantity).ToList();
        var freights = Share(freight, weights);
        var postFees = Share(postFee, weights);
        return lines.Select((line, i) =>
        {
            var cost = line.SkuId is { } sku ? Math.Round(unitCostOf(sku) * line.Quantity, 2) : 0m;
            var discount = line.IsGift ? 0m : line.Price * line.Quantity - line.Payment;
            return new SalesLine
            {
                OrderId = orderId, ShopId = shopId, WarehouseId = warehouseId, Tid = line.Tid == 0 ? null : line.Tid, SkuId = line.SkuId,
                MerchantCode = line.MerchantCode, Title = line.Title, Spec = line.SkuProperties, IsGift = line.IsGift,
                Quantity = line.Quantity, Price = line.Price, Discount = discount, Amount = line.Payment, Cost = cost,
                Freight = freights[i], PostFee = postFees[i], GrossProfit = line.Payment + postFees[i] - cost - freights[i],
                ApprovedAtUtc = approvedAtUtc, ShippedAtUtc = shippedAtUtc,
            };
        }).ToList();
    }

    /// <summary>The counter-row of this one, posted by a reversal at <paramref name="reversedAtUtc"/>.</summary>
    public SalesLine Reversal(DateTime reversedAtUtc) => new()
    {
        OrderId = OrderId, ShopId = ShopId, WarehouseId = WarehouseId, Tid = Tid, SkuId = SkuId, MerchantCode = MerchantCode, Title = Title,
        Spec = Spec, IsGift = IsGift, Quantity = -Quantity, Price = Price, Discount = -Discount, Amount = -Amount, Cost = -Cost,
        Freight = -Freight, PostFee = -PostFee, GrossProfit = -GrossProfit, ApprovedAtUtc = ApprovedAtUtc, ShippedAtUtc = reversedAtUtc,
        ReversalOfId = Id,
    };

    /// <summary>Splits <paramref name="total"/> in proportion to <paramref name="weights"/>, to the fen, adding up exactly.</summary>
    public static decimal[] Share(decimal total, IReadOnlyList<decimal> weights)
    {
        var shares = new decimal[weights.Count];
        if (weights.Count == 0) return shares;
        var sum = weights.Sum();
        if (sum <= 0)
        {
            shares[0] = total; // nothing to weigh by: the first line carries it
            return shares;
        }
        // Cumulative rounding: each share is the rounded running total minus the previous one, so the rest never drifts.
        decimal running = 0, allocated = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            running += weights[i];
            var upTo = i == weights.Count - 1 ? total : Math.Round(total * running / sum, 2, MidpointRounding.AwayFromZero);
            shares[i] = upTo - allocated;
            allocated = upTo;
        }
        return shares;
    }
}
