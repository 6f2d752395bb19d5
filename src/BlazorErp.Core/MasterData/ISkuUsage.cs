using BlazorErp.Core.Common;

namespace BlazorErp.Core.MasterData;

/// <summary>
/// Implemented by each module that refers to SKUs (inventory, orders …), so master data can tell whether a
/// SKU has history without knowing those modules' tables.
/// </summary>
public interface ISkuUsage
{
    Task<bool> IsUsedAsync(ErpDbContext db, long skuId);
}
