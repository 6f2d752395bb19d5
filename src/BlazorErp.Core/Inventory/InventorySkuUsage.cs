using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Inventory;

/// <summary>A SKU with stock movements or on a stock document has inventory history.</summary>
public sealed class InventorySkuUsage : ISkuUsage
{
    public async Task<bool> IsUsedAsync(ErpDbContext db, long skuId) =>
        await db.Set<StockLedgerEntry>().AnyAsync(e => e.SkuId == skuId)
        || await db.Set<StockDocument>().AnyAsync(d => d.Lines.Any(l => l.SkuId == skuId));
}
