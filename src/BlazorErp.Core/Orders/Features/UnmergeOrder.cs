using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Orders.Features;

/// <summary>取消合并: splits a merged order back out of the order it was merged into.</summary>
public sealed class UnmergeOrder(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<Result> HandleAsync(long mergedOrderId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<Order>().SingleOrDefaultAsync(o => o.Id == mergedOrderId) is not { MergedIntoOrderId: { } targetId } merged)
            return new Error("Order.NotMergedHere");
        var target = await db.Set<Order>().SingleAsync(o => o.Id == targetId);
        var result = target.Unmerge(merged);
        if (!result.Succeeded) return result;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Errors.ConcurrencyConflict(null);
        }
        return Result.Ok();
    }
}
