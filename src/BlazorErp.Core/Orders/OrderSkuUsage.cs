using BlazorErp.Core.Common;
using BlazorErp.Core.Common.Data;
using BlazorErp.Core.MasterData;

namespace BlazorErp.Core.Orders;

/// <summary>A SKU on any order line — even a pending order that never moved stock — is history: it may not be deleted.</summary>
public sealed class OrderSkuUsage : ISkuUsage
{
    public Task<bool> IsUsedAsync(ErpDbContext db, long skuId) =>
        JsonColumn.AnyItemWithAsync<Order>(db, "Lines", nameof(OrderLine.SkuId), skuId);
}
