using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Shipping.Features;

/// <summary>A parcel at the inspection or weighing station: the order, what must be in the box, what it should weigh.</summary>
public sealed record ParcelView(long OrderId, long Version, OrderStatus Status, OrderFlags Flags, string? TrackingNo, string Courier, string Receiver,
    IReadOnlyList<ParcelItem> Items, decimal ExpectedWeightKg, bool DirectShip, string? BuyerMessage, IReadOnlyList<long> Tids);

/// <summary>
/// The scan that opens a parcel: a tracking number (what the scanner reads off the waybill) or an order number.
/// The items are what approval reserved — combos as their components, which is what is packed.
/// </summary>
public sealed class FindParcel(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<Result<ParcelView>> HandleAsync(string scan)
    {
        var text = scan.Trim();
        if (text.Length == 0) return new Error("Parcel.NotFound", text);
        await using var db = await contexts.CreateDbContextAsync();
        var number = long.TryParse(text, out var n) ? n : -1;
        var order = await db.Set<Order>().AsNoTracking().Where(o => o.TrackingNo == text).OrderByDescending(o => o.Id).FirstOrDefaultAsync()
            ?? await db.Set<Order>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == number);
        if (order is null) return new Error("Parcel.NotFound", text);
        if (order.TrackingNo is null) return new Error("Parcel.NoWaybill", order.Id);

        var skuIds = order.Reserved.Select(r => r.SkuId).ToList();
        var skus = await db.Set<Sku>().AsNoTracking().Include(s => s.Goods).Where(s => skuIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id);
        var items = order.Reserved.Select(r =>
        {
            var sku = skus[r.SkuId];
            return new ParcelItem(sku.Id, sku.MerchantCode, sku.Goods.Name, sku.SpecName, sku.Barcodes.Select(b => b.Code).ToList(), r.Quantity);
        }).ToList();
        var courier = order.CourierId is { } c ? await db.Set<Courier>().Where(x => x.Id == c).Select(x => x.Name).SingleAsync() : "";
        var directShip = order.WarehouseId is { } w && await db.Set<Warehouse>().Where(x => x.Id == w).Select(x => x.DirectShip).SingleAsync();
        var r = order.Receiver;
        return new ParcelView(order.Id, order.Version, order.Status, order.Flags, order.TrackingNo, courier,
            $"{r.Name} {r.Mobile} {r.State}{r.City}{r.District}{r.Address}", items, ExpectedWeightKg(order.Reserved, skus), directShip, order.BuyerMessage,
            order.Sources.Select(x => x.Tid).ToList());
    }

    /// <summary>The sum of the packed SKUs' weights, the basis of the weighing station's tolerance check.</summary>
    internal static decimal ExpectedWeightKg(IReadOnlyList<ReservedStock> reserved, IReadOnlyDictionary<long, Sku> skus) =>
        reserved.Sum(r => skus.TryGetValue(r.SkuId, out var sku) ? sku.WeightGrams * r.Quantity : 0) / 1000m;
}
