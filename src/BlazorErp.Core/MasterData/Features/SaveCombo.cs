using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.MasterData.Features;

public sealed record ComboComponentInput(string MerchantCode, int Quantity);

/// <summary>Makes a SKU a combo (组合装) of component SKUs given by merchant code, with quantities.</summary>
public sealed class SaveCombo(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser)
{
    public async Task<Result> HandleAsync(long comboSkuId, IReadOnlyList<ComboComponentInput> components)
    {
        if (GoodsMasterAccess.Check(currentUser) is { } forbidden) return forbidden;
        if (components.Count == 0) return new Error("Combo.Empty");
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<Sku>().SingleOrDefaultAsync(s => s.Id == comboSkuId) is not { } combo) return Errors.NotFound("Sku " + comboSkuId);
        var keys = components.Select(c => MerchantCode.Key(c.MerchantCode.Trim())).ToList();
        var skus = await db.Set<Sku>().Where(s => keys.Contains(s.MerchantCodeKey)).ToDictionaryAsync(s => s.MerchantCodeKey);
        var items = new List<(Sku, int)>();
        foreach (var component in components)
        {
            if (!skus.TryGetValue(MerchantCode.Key(component.MerchantCode.Trim()), out var sku))
                return new Error("Sku.UnknownCode", component.MerchantCode);
            items.Add((sku, component.Quantity));
        }
        var result = combo.SetComboItems(items);
        if (result.Succeeded) await db.SaveChangesAsync();
        return result;
    }
}
