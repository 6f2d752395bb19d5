using BlazorErp.Core.Common;
using BlazorErp.Core.Inventory;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Review.Features;

/// <summary>
/// 驳回到审核: a later station (print, inspection) sends an approved order back with a reason; the stock it
/// reserved is released in the same transaction.
/// </summary>
public sealed class RejectToReview(IDbContextFactory<ErpDbContext> contexts, Stock stock, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result> HandleAsync(long orderId, long? version, string reason)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var loaded = await OrderEdits.LoadAsync(db, orderId, version, currentUser, clock.GetUtcNow().UtcDateTime);
        if (!loaded.Succeeded) return loaded.Error!;
        var order = loaded.Value!;
        var warehouseId = order.WarehouseId;
        var rejected = order.RejectToReview(reason);
        if (!rejected.Succeeded) return rejected.Error!;
        if (rejected.Value!.Length > 0)
        {
            var released = await stock.ReleaseAsync(db, warehouseId!.Value, rejected.Value.Select(r => new StockLine(r.SkuId, r.Quantity)), OrderReservation.Of(order.Id));
            if (!released.Succeeded) return released;
        }
        var saved = await OrderEdits.SaveAsync(db, order);
        if (saved.Succeeded) await transaction.CommitAsync();
        return saved;
    }
}
