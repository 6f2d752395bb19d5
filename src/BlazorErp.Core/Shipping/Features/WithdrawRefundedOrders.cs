using BlazorErp.Core.Common;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Review.Features;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Shipping.Features;

/// <summary>
/// A refund on an order already at the warehouse (approved, printed, inspected — not shipped): the order is pulled back to
/// review with its 退款 exception, its stock released and its waybill voided (<see cref="RejectToReview"/>), and its print
/// batch lists it as withdrawn so nobody sticks the printed label on a parcel. An order a clerk holds waits for the next round.
/// </summary>
public sealed class WithdrawRefundedOrders(IDbContextFactory<ErpDbContext> contexts, RejectToReview reject)
{
    public const string Reason = "平台退款";

    public async Task<int> HandleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var refunded = await db.Set<Order>().AsNoTracking()
            .Where(o => (o.Flags & OrderFlags.RefundRequested) != 0
                && (o.Status == OrderStatus.Approved || o.Status == OrderStatus.Printed || o.Status == OrderStatus.Inspected))
            .Select(o => new { o.Id, o.PrintBatchId }).ToListAsync(cancellationToken);
        var withdrawn = 0;
        foreach (var order in refunded)
        {
            if (!(await reject.HandleAsync(order.Id, null, Reason)).Succeeded) continue;
            withdrawn++;
            if (order.PrintBatchId is not { } batchId) continue;
            var batch = await db.Set<PrintBatch>().SingleAsync(b => b.Id == batchId, cancellationToken);
            batch.Withdraw(order.Id, Reason);
            await db.SaveChangesAsync(cancellationToken);
        }
        return withdrawn;
    }
}
