using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Review.Features;

/// <summary>Who holds an order now; <see cref="Mine"/> when the asking clerk does.</summary>
public sealed record ClaimState(bool Mine, string? HolderName, string? TakenFromName);

/// <summary>
/// Opening an order claims it; the open editor calls again to renew the lease. Held by someone else →
/// the answer says who, and nothing changes. Two clerks racing for a free order: one insert wins (unique
/// order id), the other reads the winner.
/// </summary>
public sealed class ClaimOrder(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<ClaimState> HandleAsync(long orderId, bool takeOver = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync();
            var now = clock.GetUtcNow().UtcDateTime;
            var claim = await db.Set<OrderClaim>().SingleOrDefaultAsync(c => c.OrderId == orderId);
            if (claim is null) db.Add(claim = new OrderClaim(orderId, currentUser.Id, currentUser.DisplayName, now));
            else if (takeOver) claim.TakeOver(currentUser.Id, currentUser.DisplayName, now);
            else if (!claim.TryHold(currentUser.Id, currentUser.DisplayName, now)) return new ClaimState(false, claim.HolderName, null);
            try
            {
                await db.SaveChangesAsync();
                return new ClaimState(true, claim.HolderName, claim.TakenFromName);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another clerk claimed or renewed at the same moment: look again.
            }
        }
    }
}
