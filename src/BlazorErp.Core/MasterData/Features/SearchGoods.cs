using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.MasterData.Features;

public sealed record SkuRow(long SkuId, long GoodsId, string GoodsName, string? Category, string? Brand, string Unit,
    string MerchantCode, string? SpecName, IReadOnlyList<string> Barcodes, decimal RetailPrice, decimal MinPrice,
    decimal Cost, int WeightGrams, bool IsCombo, bool Active, long Version, string? ImageUrl = null);

public sealed record SkuPage(IReadOnlyList<SkuRow> Rows, int Total);

/// <summary>The goods list (货品档案): SKUs paged on the server, searched by goods name, spec, merchant code or barcode.</summary>
public sealed class SearchGoods(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<SkuPage> HandleAsync(string? search, int page = 0, int pageSize = 50, string? category = null, bool includeInactive = false)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var skus = Filter(db.Set<Sku>().AsNoTracking(), search, category, includeInactive);
        var total = await skus.CountAsync();
        var size = Math.Clamp(pageSize, 1, 500);
        var rows = await skus.OrderBy(s => s.Goods.Name).ThenBy(s => s.MerchantCodeKey)
            .Skip(Math.Max(page, 0) * size).Take(size)
            .Select(s => new SkuRow(s.Id, s.GoodsId, s.Goods.Name, s.Goods.Category, s.Goods.Brand, s.Goods.Unit,
                s.MerchantCode, s.SpecName, s.Barcodes.Select(b => b.Code).ToList(), s.RetailPrice, s.MinPrice, s.Cost,
                s.WeightGrams, s.ComboItems.Any(), s.Active, s.Version, s.ImageUrl))
            .ToListAsync();
        return new SkuPage(rows, total);
    }

    /// <summary>
    /// What the list shows, and so what 导出 exports. Terms separated by spaces must all match, each anywhere in the goods name,
    /// spec or merchant code, or be one of the barcodes: "小龙虾 1kg" finds 麻辣小龙虾 in its 1kg spec.
    /// </summary>
    public static IQueryable<Sku> Filter(IQueryable<Sku> skus, string? search, string? category, bool includeInactive)
    {
        if (!includeInactive) skus = skus.Where(s => s.Active);
        if (!string.IsNullOrWhiteSpace(category)) skus = skus.Where(s => s.Goods.Category == category);
        foreach (var term in (search ?? "").Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var key = MerchantCode.Key(term);
            // A scanned barcode is an exact hit; codes, names and specs match by any part.
            skus = skus.Where(s => s.MerchantCodeKey.Contains(key) || s.Barcodes.Any(b => b.Code == term) || s.Goods.Name.Contains(term)
                                   || (s.SpecName != null && s.SpecName.Contains(term)));
        }
        return skus;
    }

    public async Task<IReadOnlyList<string>> CategoriesAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Set<Goods>().Where(g => g.Category != null).Select(g => g.Category!).Distinct().OrderBy(c => c).ToListAsync();
    }
}
