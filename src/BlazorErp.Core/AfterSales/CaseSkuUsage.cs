using BlazorErp.Core.Common;
using BlazorErp.Core.Common.Data;
using BlazorErp.Core.MasterData;

namespace BlazorErp.Core.AfterSales;

/// <summary>A SKU coming back or going out in an after-sales case is history: it may not be deleted.</summary>
public sealed class CaseSkuUsage : ISkuUsage
{
    public async Task<bool> IsUsedAsync(ErpDbContext db, long skuId) =>
        await JsonColumn.AnyItemWithAsync<AfterSalesCase>(db, "Lines", nameof(CaseLine.SkuId), skuId)
        || await JsonColumn.AnyItemWithAsync<AfterSalesCase>(db, "Outgoing", nameof(OutgoingLine.SkuId), skuId);
}
