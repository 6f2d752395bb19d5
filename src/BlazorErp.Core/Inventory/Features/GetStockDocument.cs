using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Inventory.Features;

public sealed record StockDocumentLineView(string MerchantCode, string GoodsName, string? SpecName, int Quantity, decimal UnitCost);

/// <summary>查看: a document's lines with the SKUs' codes and names, whatever its status.</summary>
public sealed class GetStockDocument(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<Result<IReadOnlyList<StockDocumentLineView>>> HandleAsync(long documentId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<StockDocument>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId) is not { } document)
            return Errors.NotFound("StockDocument " + documentId);
        var skuIds = document.Lines.Select(l => l.SkuId).ToList();
        var skus = await db.Set<Sku>().AsNoTracking().Where(s => skuIds.Contains(s.Id))
            .Select(s => new { s.Id, s.MerchantCode, GoodsName = s.Goods.Name, s.SpecName }).ToDictionaryAsync(s => s.Id);
        return document.Lines.Select(l => skus.TryGetValue(l.SkuId, out var sku)
                ? new StockDocumentLineView(sku.MerchantCode, sku.GoodsName, sku.SpecName, l.Quantity, l.UnitCost)
                : new StockDocumentLineView("#" + l.SkuId, "", null, l.Quantity, l.UnitCost))
            .ToList();
    }
}
