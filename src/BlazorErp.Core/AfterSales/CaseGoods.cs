using BlazorErp.Core.Common;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.AfterSales;

/// <summary>The goods side of cases: an order's lines as a case sees them, SKUs by what staff scan or type, stock by components.</summary>
internal static class CaseGoods
{
    /// <summary>Every line of the order, in the order's line order (a refund before shipping names lines by index).</summary>
    public static CaseOrder Of(Order order) => new(order.Id, order.ShopId, order.Tid, order.BuyerNick, order.Receiver.Name, order.Receiver.Mobile,
        order.Lines.Select(l => new CaseLine(l.SkuId ?? 0, l.MerchantCode ?? "", l.Title, l.Quantity, 0, l.Quantity == 0 ? 0 : Math.Round(l.Payment / l.Quantity, 2),
            Tid: l.Tid, Oid: l.Oid)).ToList());

    /// <summary>
    /// What comes back of a combo (组合装) are its components — they are what was packed (inspection scans components), what
    /// the desk scans and what goes into stock. A combo line becomes one line per component, for the same order line, with the
    /// combo's price shared out by the components' retail value.
    /// </summary>
    public static async Task<List<CaseLine>> ExpandCombosAsync(ErpDbContext db, IReadOnlyList<CaseLine> lines)
    {
        var ids = lines.Select(l => l.SkuId).Distinct().ToList();
        var combos = await db.Set<Sku>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync();
        var componentIds = combos.SelectMany(s => s.ComboItems.Select(c => c.ComponentSkuId)).Distinct().ToList();
        if (componentIds.Count == 0) return [.. lines];
        var components = await db.Set<Sku>().AsNoTracking().Include(s => s.Goods).Where(s => componentIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id);
        var byId = combos.ToDictionary(s => s.Id);
        return lines.SelectMany(line =>
        {
            if (!byId.TryGetValue(line.SkuId, out var sku) || !sku.IsCombo) return [line];
            var value = sku.ComboItems.Sum(c => components[c.ComponentSkuId].RetailPrice * c.Quantity);
            return sku.ComboItems.Select(c =>
            {
                var part = components[c.ComponentSkuId];
                var share = value == 0 ? 1m / sku.ComboItems.Sum(x => x.Quantity) : part.RetailPrice / value;
                return line with
                {
                    SkuId = part.Id, MerchantCode = part.MerchantCode, Title = part.Goods.Name, Shipped = line.Shipped * c.Quantity,
                    Expected = line.Expected * c.Quantity, Price = Math.Round(line.Price * share, 2),
                };
            });
        }).ToList();
    }

    /// <summary>A SKU by merchant code (any spelling of it) or one of its barcodes — what a scanner or a clerk gives.</summary>
    public static async Task<Sku?> FindSkuAsync(ErpDbContext db, string code)
    {
        var text = code.Trim();
        var key = MerchantCode.Key(text);
        return await db.Set<Sku>().AsNoTracking().Include(s => s.Goods)
            .FirstOrDefaultAsync(s => s.Active && (s.MerchantCodeKey == key || s.Barcodes.Any(b => b.Code == text)));
    }

    public static async Task<Result<List<OutgoingLine>>> OutgoingAsync(ErpDbContext db, IReadOnlyList<OutgoingInput> inputs)
    {
        var lines = new List<OutgoingLine>();
        foreach (var input in inputs)
        {
            if (await FindSkuAsync(db, input.Code) is not { } sku) return new Error("Sku.UnknownCode", input.Code.Trim());
            if (input.Quantity <= 0) return new Error("StockDocument.QuantityInvalid");
            lines.Add(new OutgoingLine(sku.Id, sku.MerchantCode, sku.Goods.Name, input.Quantity, input.Price ?? 0));
        }
        return lines;
    }

    /// <summary>SKU quantities as stock holds them: a combo (组合装) counts as its components.</summary>
    public static async Task<List<StockLine>> StockLinesAsync(ErpDbContext db, IEnumerable<(long SkuId, int Quantity)> lines)
    {
        var list = lines.Where(l => l.Quantity > 0).ToList();
        var ids = list.Select(l => l.SkuId).Distinct().ToList();
        var skus = await db.Set<Sku>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id);
        return list.SelectMany(l => skus[l.SkuId].Expand(l.Quantity))
            .GroupBy(l => l.SkuId).Select(g => new StockLine(g.Key, g.Sum(l => l.Quantity))).ToList();
    }

    /// <summary>An exchange or reissue must be sendable from its warehouse today: available stock covers it, or the warehouse allows negative.</summary>
    public static async Task<Result> CoverableAsync(ErpDbContext db, long warehouseId, IReadOnlyList<OutgoingLine> outgoing)
    {
        if (await db.Set<Warehouse>().AsNoTracking().SingleOrDefaultAsync(w => w.Id == warehouseId) is not { } warehouse)
            return Errors.NotFound("Warehouse " + warehouseId);
        if (!warehouse.CanShip) return new Error("AfterSales.WarehouseCannotShip", warehouse.Name);
        if (warehouse.AllowNegativeStock) return Result.Ok();
        foreach (var need in await StockLinesAsync(db, outgoing.Select(l => (l.SkuId, l.Quantity))))
        {
            var available = await db.Set<StockLevel>().Where(s => s.WarehouseId == warehouseId && s.SkuId == need.SkuId)
                .Select(s => (int?)(s.OnHand - s.Reserved)).SingleOrDefaultAsync() ?? 0;
            if (available >= need.Quantity) continue;
            var code = await db.Set<Sku>().Where(s => s.Id == need.SkuId).Select(s => s.MerchantCode).SingleAsync();
            return new Error("AfterSales.OutgoingOutOfStock", code, warehouse.Name, need.Quantity, available);
        }
        return Result.Ok();
    }
}

/// <summary>A line to send out, by merchant code or barcode; without a price it goes free (换货/补发 are paid already).</summary>
public sealed record OutgoingInput(string Code, int Quantity, decimal? Price = null);
