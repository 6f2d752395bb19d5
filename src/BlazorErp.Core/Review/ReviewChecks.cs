using System.Text.RegularExpressions;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Regions;

namespace BlazorErp.Core.Review;

/// <summary>What a check needs to know about a SKU: its floor price and what it takes from stock (a combo: its components).</summary>
public sealed record SkuFacts(long Id, decimal MinPrice, IReadOnlyList<(long SkuId, int Quantity)> StockPerUnit);

/// <summary>Everything the checks read besides the order itself, loaded once per batch.</summary>
public sealed record ReviewCheckContext(
    Courier? Courier,
    Warehouse? Warehouse,
    IReadOnlyDictionary<long, SkuFacts> Skus,
    Func<long, long, int> Available,          // (warehouseId, skuId) → on hand − reserved
    IReadOnlySet<string> RemoteProvinceCodes,
    ShopReviewSettings? Shop);

/// <summary>
/// The review checks (订单审核): each a small rule with a code (<see cref="ReviewFinding"/>) whose severity
/// says whether it blocks approval or must be acknowledged. Pure: the same order and context give the same findings.
/// </summary>
public static partial class ReviewChecks
{
    public static ReviewFinding Run(Order order, ReviewCheckContext context)
    {
        var found = ReviewFinding.None;
        var receiver = order.Receiver;
        if (AddressIncomplete(receiver)) found |= ReviewFinding.AddressIncomplete;
        if (TownWords().IsMatch(receiver.Address)) found |= ReviewFinding.TownDelivery;
        if (receiver.ProvinceCode is { } province && context.RemoteProvinceCodes.Contains(province)) found |= ReviewFinding.RemoteArea;
        if (context.Courier is null) found |= ReviewFinding.NoCourier;
        else if (receiver.ProvinceCode is { } code && !context.Courier.CanReach(code, receiver.CityCode, receiver.DistrictCode))
            found |= ReviewFinding.Unreachable;
        if (context.Warehouse is null || (!context.Warehouse.CanShip && !order.InRemoteArea)) found |= ReviewFinding.NoWarehouse;
        if (!string.IsNullOrWhiteSpace(order.BuyerMessage)) found |= ReviewFinding.BuyerMessage;
        if (!string.IsNullOrWhiteSpace(order.SellerMemo)) found |= ReviewFinding.SellerMemo;
        if (PriceAnomaly(order, context)) found |= ReviewFinding.PriceAnomaly;
        if (order.Lines.Any(l => l.SkuId is null)) found |= ReviewFinding.Unmatched;
        if (order.Flags.HasFlag(OrderFlags.RefundRequested)) found |= ReviewFinding.Refund;
        if (context.Warehouse is { CanShip: true, AllowNegativeStock: false } warehouse && OutOfStock(order, warehouse.Id, context))
            found |= ReviewFinding.OutOfStock;
        return found;
    }

    /// <summary>What approving the order takes from stock: lines expanded to stock SKUs (combos to their components), summed.</summary>
    public static IReadOnlyList<(long SkuId, int Quantity)> StockNeeds(Order order, IReadOnlyDictionary<long, SkuFacts> skus) =>
        order.Lines.Where(l => l.SkuId is not null)
            .SelectMany(l => skus.TryGetValue(l.SkuId!.Value, out var sku)
                ? sku.StockPerUnit.Select(c => (c.SkuId, c.Quantity * l.Quantity))
                : [(l.SkuId!.Value, l.Quantity)])
            .GroupBy(x => x.Item1).Select(g => (g.Key, g.Sum(x => x.Item2))).OrderBy(x => x.Key).ToList();

    /// <summary>Name, phone, a resolved province and city, a district where the city has districts (东莞 has none), and a street.</summary>
    private static bool AddressIncomplete(Receiver r) =>
        string.IsNullOrWhiteSpace(r.Name) || string.IsNullOrWhiteSpace(r.Mobile) || r.ProvinceCode is null || r.CityCode is null
        || (r.DistrictCode is null && RegionDirectory.China.ChildrenOf(r.CityCode).Count > 0) || r.Address.Trim().Length < 4;

    private static bool PriceAnomaly(Order order, ReviewCheckContext context)
    {
        if (order.Lines.Any(l => !l.IsGift && l.SkuId is { } id && context.Skus.TryGetValue(id, out var sku) && sku.MinPrice > 0 && l.Price < sku.MinPrice))
            return true;
        if (context.Shop is not { } shop) return false;
        if (shop.MaxPostFee is { } maxPost && order.PostFee > maxPost) return true;
        return shop.MaxDiscountRate is { } rate && order.GoodsTotal > 0 && order.Discount > order.GoodsTotal * rate;
    }

    private static bool OutOfStock(Order order, long warehouseId, ReviewCheckContext context) =>
        StockNeeds(order, context.Skus).Any(n => context.Available(warehouseId, n.SkuId) < n.Quantity);

    // 乡/镇/村 in the street part: couriers often do not deliver there (the manual's 超区 note).
    [GeneratedRegex("[乡镇村]")]
    private static partial Regex TownWords();
}
