using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Platforms.Top;
using BlazorErp.Core.Platforms.Waybills;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Shipping.Features;

/// <summary>
/// 已打印: the batch's documents went to the printer — its orders move on to inspection, and the e-waybill account
/// counts each label printed. A second print is a reprint (补打), which needs a reason and is counted too.
/// </summary>
public sealed class MarkBatchPrinted(IDbContextFactory<ErpDbContext> contexts, IWaybillService waybills, ISecretProtector protector,
    CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result> HandleAsync(long batchId, string? reprintReason = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<PrintBatch>().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken) is not { } batch) return Errors.NotFound("PrintBatch " + batchId);
        var now = clock.GetUtcNow().UtcDateTime;
        // Shown on the print queue: the name colleagues know; the audit row keeps the login.
        var marked = reprintReason is null ? batch.MarkPrinted(currentUser.DisplayName, now) : batch.Reprint(reprintReason, currentUser.DisplayName, now);
        if (!marked.Succeeded) return marked;
        var orders = await db.Set<Order>().Where(o => o.PrintBatchId == batch.Id).ToListAsync(cancellationToken);
        foreach (var order in orders.Where(o => o.Status == OrderStatus.Approved)) order.MarkPrinted(now);
        await db.SaveChangesAsync(cancellationToken);

        var courier = await db.Set<Courier>().AsNoTracking().SingleAsync(c => c.Id == batch.CourierId, cancellationToken);
        var shops = await db.Set<Shop>().AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
        foreach (var order in orders.Where(o => o.TrackingNo is not null && shops[o.ShopId].HasCredentials))
        {
            try { await waybills.MarkPrintedAsync(TopCredentials.Of(shops[order.ShopId], protector), courier.Code, order.TrackingNo!, cancellationToken); }
            catch (TopApiException) { /* the platform's print count is statistics; the labels are printed either way */ }
        }
        return Result.Ok();
    }
}
