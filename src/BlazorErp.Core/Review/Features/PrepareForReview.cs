using BlazorErp.Core.Common;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Review.Features;

public sealed record PreparationSummary(int Checked, int ParkedInRemoteArea, int AutoApproved);

/// <summary>
/// Readies new and changed orders for the clerks: the assignment rules fill in courier and warehouse, the
/// checks run (a remote-area order is parked in 超区), and shops with the auto-review strategy get their
/// clean orders approved at once. Works on what the data says needs it, so it can run any time, as often as wanted.
/// </summary>
public sealed class PrepareForReview(IDbContextFactory<ErpDbContext> contexts, ApproveOrders approve)
{
    private const int BatchSize = 500;

    public async Task<PreparationSummary> HandleAsync(CancellationToken cancellationToken = default)
    {
        int total = 0, parked = 0, approved = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var orders = await db.Set<Order>().Where(o => o.NeedsChecks && o.Status == OrderStatus.PendingReview)
                .OrderBy(o => o.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (orders.Count == 0) break;
            var facts = await ReviewFacts.LoadAsync(db, orders, cancellationToken);
            var wasParked = orders.Where(o => o.InRemoteArea).Select(o => o.Id).ToHashSet();
            foreach (var order in orders) facts.Prepare(order);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                continue; // a clerk saved one meanwhile (and re-ran its checks): take the batch again
            }
            total += orders.Count;
            parked += orders.Count(o => o.InRemoteArea && !wasParked.Contains(o.Id));
            // A rejected or reversed order came back for a reason a clerk must read: never approved automatically.
            var clean = orders.Where(o => facts.AutoApproves(o.ShopId) && o.Flags == OrderFlags.None && !o.InRemoteArea && o.Findings == ReviewFinding.None
                    && o.RejectReason is null)
                .Select(o => new ApproveRequest(o.Id, o.Version)).ToList();
            if (clean.Count > 0) approved += (await approve.HandleAsync(clean, cancellationToken)).Count(o => o.Approved);
        }
        return new PreparationSummary(total, parked, approved);
    }
}
