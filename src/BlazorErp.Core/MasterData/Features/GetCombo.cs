using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.MasterData.Features;

/// <summary>A combo's components by merchant code, for the combo form.</summary>
public sealed class GetCombo(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<IReadOnlyList<ComboComponentInput>> HandleAsync(long comboSkuId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var items = await db.Set<Sku>().AsNoTracking().Where(s => s.Id == comboSkuId).SelectMany(s => s.ComboItems).ToListAsync();
        var ids = items.Select(i => i.ComponentSkuId).ToList();
        var codes = await db.Set<Sku>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.MerchantCode);
        return items.Select(i => new ComboComponentInput(codes[i.ComponentSkuId], i.Quantity)).ToList();
    }
}
