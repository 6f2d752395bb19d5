using BlazorErp.Core.Common;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Review.Features;

public sealed record AssignmentRuleInput(long? Id, int Priority, string Name, long? ShopId, decimal? MinAmount, IReadOnlyList<string> ProvinceCodes,
    long? CourierId, long? WarehouseId);

/// <summary>Creates (disabled, to be simulated first) or changes an assignment rule; enabling re-runs the rules on the queue.</summary>
public sealed class SaveAssignmentRule(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<Result<long>> HandleAsync(AssignmentRuleInput input)
    {
        await using var db = await contexts.CreateDbContextAsync();
        AssignmentRule rule;
        if (input.Id is { } id)
        {
            if (await db.Set<AssignmentRule>().SingleOrDefaultAsync(r => r.Id == id) is not { } existing) return Errors.NotFound("Rule " + id);
            var updated = existing.Update(input.Priority, input.Name, input.ShopId, input.MinAmount, input.ProvinceCodes, input.CourierId, input.WarehouseId);
            if (!updated.Succeeded) return updated.Error!;
            rule = existing;
        }
        else
        {
            var created = AssignmentRule.Create(input.Priority, input.Name, input.ShopId, input.MinAmount, input.ProvinceCodes, input.CourierId, input.WarehouseId);
            if (!created.Succeeded) return created.Error!;
            db.Add(rule = created.Value!);
        }
        await db.SaveChangesAsync();
        if (rule.Enabled) await RecheckQueueAsync(db);
        return rule.Id;
    }

    public async Task<Result> SetEnabledAsync(long id, bool enabled)
    {
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<AssignmentRule>().SingleOrDefaultAsync(r => r.Id == id) is not { } rule) return Errors.NotFound("Rule " + id);
        rule.SetEnabled(enabled);
        await db.SaveChangesAsync();
        await RecheckQueueAsync(db);
        return Result.Ok();
    }

    /// <summary>Changed rules apply to every order waiting for review: the preparation step picks them up again.</summary>
    internal static Task RecheckQueueAsync(ErpDbContext db) =>
        db.Set<Order>().Where(o => o.Status == OrderStatus.PendingReview && !o.NeedsChecks)
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.NeedsChecks, true));
}
