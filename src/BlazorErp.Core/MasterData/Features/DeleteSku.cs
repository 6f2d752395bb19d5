using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.MasterData.Features;

/// <summary>
/// Deletes a SKU entered by mistake. A SKU with any history — stock movements, documents, combos or
/// platform listings that use it — is refused: deactivate it instead, so the history keeps its name.
/// </summary>
public sealed class DeleteSku(IDbContextFactory<ErpDbContext> contexts, IEnumerable<ISkuUsage> usages, CurrentUser currentUser)
{
    public async Task<Result> HandleAsync(long skuId)
    {
        if (GoodsMasterAccess.Check(currentUser) is { } forbidden) return forbidden;
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<Sku>().Include(s => s.Goods).ThenInclude(g => g.Skus).SingleOrDefaultAsync(s => s.Id == skuId) is not { } sku)
            return Errors.NotFound("Sku " + skuId);
        var used = await db.Set<Sku>().AnyAsync(s => s.ComboItems.Any(c => c.ComponentSkuId == skuId))
                   || await db.Set<PlatformGoods>().AnyAsync(p => p.MatchedSkuId == skuId);
        foreach (var usage in usages) used = used || await usage.IsUsedAsync(db, skuId);
        if (used) return new Error("Sku.HasHistory", sku.MerchantCode);
        db.Remove(sku);
        if (sku.Goods.Skus.Count == 1) db.Remove(sku.Goods);
        await db.SaveChangesAsync();
        return Result.Ok();
    }
}

/// <summary>Deactivate (停用) or reactivate a SKU: it leaves the lists and new orders but keeps its history.</summary>
public sealed class SetSkuActive(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser)
{
    public async Task<Result> HandleAsync(long skuId, bool active)
    {
        if (GoodsMasterAccess.Check(currentUser) is { } forbidden) return forbidden;
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<Sku>().SingleOrDefaultAsync(s => s.Id == skuId) is not { } sku) return Errors.NotFound("Sku " + skuId);
        sku.SetActive(active);
        await db.SaveChangesAsync();
        return Result.Ok();
    }
}
