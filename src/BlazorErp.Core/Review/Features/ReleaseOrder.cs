using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Review.Features;

/// <summary>Closing the editor (or the circuit going away) frees the order at once instead of at lease expiry.</summary>
public sealed class ReleaseOrder(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public async Task HandleAsync(long orderId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var claim = await db.Set<OrderClaim>().SingleOrDefaultAsync(c => c.OrderId == orderId);
        if (claim is null || claim.HolderId != currentUser.Id) return;
        claim.Release(currentUser.Id, clock.GetUtcNow().UtcDateTime);
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateConcurrencyException) { /* taken over meanwhile: nothing of ours to release */ }
    }
}
