using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace BlazorErp.Core.Inventory.Features;

public sealed record StockQuery(long? WarehouseId, string? Search, int? LowStockAtOrBelow, int Page = 0, int PageSize = 50);

public sealed record StockRow(string Warehouse, string MerchantCode, string GoodsName, string? SpecName, int OnHand, int Reserved, int Available);

public sealed record StockPage(IReadOnlyList<StockRow> Rows, int Total);

/// <summary>库存查询: stock by warehouse and SKU, searchable, with a low-stock filter and an XLSX export.</summary>
public sealed class QueryStock(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<StockPage> HandleAsync(StockQuery query)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var rows = Filter(db, query);
        var total = await rows.CountAsync();
        var size = Math.Clamp(query.PageSize, 1, 500);
        return new StockPage(await rows.Skip(Math.Max(query.Page, 0) * size).Take(size).ToListAsync(), total);
    }

    public async Task<byte[]> ExportAsync(StockQuery query)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var rows = await Filter(db, query).ToListAsync();
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            ["仓库"] = r.Warehouse, ["商家编码"] = r.MerchantCode, ["货品名称"] = r.GoodsName, ["规格"] = r.SpecName,
            ["实际库存"] = r.OnHand, ["已占用"] = r.Reserved, ["可用库存"] = r.Available,
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet);
        return stream.ToArray();
    }

    /// <summary>
    /// Every stock-holding warehouse × every active SKU (not combos: their components hold the stock), with 0 where nothing
    /// ever moved — a SKU never stocked is exactly what 低库存 must show — plus any row that has stock, even of a SKU since deactivated.
    /// </summary>
    private static IQueryable<StockRow> Filter(ErpDbContext db, StockQuery query)
    {
        var cells = from warehouse in db.Set<Warehouse>().AsNoTracking()
                    from sku in db.Set<Sku>().AsNoTracking()
                    join level in db.Set<StockLevel>().AsNoTracking() on new { W = warehouse.Id, S = sku.Id } equals new { W = level.WarehouseId, S = level.SkuId } into found
                    from level in found.DefaultIfEmpty()
                    where level != null || (sku.Active && !sku.ComboItems.Any() && warehouse.Type != WarehouseType.RemoteAreaBucket)
                    select new { warehouse, sku, OnHand = level == null ? 0 : level.OnHand, Reserved = level == null ? 0 : level.Reserved };
        if (query.WarehouseId is { } w) cells = cells.Where(x => x.warehouse.Id == w);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var key = MerchantCode.Key(term);
            cells = cells.Where(x => x.sku.MerchantCodeKey.StartsWith(key) || x.sku.Goods.Name.Contains(term) || x.sku.Barcodes.Any(b => b.Code == term));
        }
        if (query.LowStockAtOrBelow is { } low) cells = cells.Where(x => x.OnHand - x.Reserved <= low);
        return cells.OrderBy(x => x.warehouse.Id).ThenBy(x => x.sku.MerchantCodeKey)
            .Select(x => new StockRow(x.warehouse.Name, x.sku.MerchantCode, x.sku.Goods.Name, x.sku.SpecName, x.OnHand, x.Reserved, x.OnHand - x.Reserved));
    }
}
