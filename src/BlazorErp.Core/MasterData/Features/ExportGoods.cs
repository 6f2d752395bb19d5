using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace BlazorErp.Core.MasterData.Features;

/// <summary>
/// The SKUs the goods list shows (same search, category and 停用 filter; everything when unfiltered), as the import sheet reads
/// them, so an export can be edited and imported back.
/// </summary>
public sealed class ExportGoods(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<byte[]> HandleAsync(string? search = null, string? category = null, bool includeInactive = true)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var skus = await SearchGoods.Filter(db.Set<Sku>().AsNoTracking(), search, category, includeInactive).Include(s => s.Goods).OrderBy(s => s.Goods.Name).ThenBy(s => s.MerchantCode).ToListAsync();
        var rows = skus.Select(s => new Dictionary<string, object?>
        {
            [GoodsSheet.GoodsName] = s.Goods.Name,
            [GoodsSheet.Category] = s.Goods.Category,
            [GoodsSheet.Brand] = s.Goods.Brand,
            [GoodsSheet.Unit] = s.Goods.Unit,
            [GoodsSheet.SpecName] = s.SpecName,
            [GoodsSheet.MerchantCode] = s.MerchantCode,
            [GoodsSheet.Barcodes] = GoodsSheet.JoinBarcodes(s.Barcodes.Select(b => b.Code)),
            [GoodsSheet.RetailPrice] = s.RetailPrice,
            [GoodsSheet.MinPrice] = s.MinPrice,
            [GoodsSheet.Cost] = s.Cost,
            [GoodsSheet.WeightGrams] = s.WeightGrams,
            [GoodsSheet.ImageUrl] = s.ImageUrl,
        }).ToList();
        using var stream = new MemoryStream();
        if (rows.Count == 0) rows.Add(GoodsSheet.Columns.ToDictionary(c => c, _ => (object?)null)); // headers only: a template
        await stream.SaveAsAsync(rows);
        return stream.ToArray();
    }
}
