using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.AfterSales.Features;

/// <summary>关闭 a case whose parcel will not come, or 更新退回单号 when the buyer sends it later than registered.</summary>
public sealed class EditCase(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public Task<Result> CloseAsync(long caseId, long version, string reason) =>
        ChangeAsync(caseId, version, c => c.Close(reason, currentUser.Name, clock.GetUtcNow().UtcDateTime));

    public Task<Result> SetReturnParcelAsync(long caseId, long version, string? courier, string? trackingNo) =>
        ChangeAsync(caseId, version, c => c.SetReturnParcel(courier, trackingNo));

    private async Task<Result> ChangeAsync(long caseId, long version, Func<AfterSalesCase, Result> change)
    {
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<AfterSalesCase>().SingleOrDefaultAsync(c => c.Id == caseId) is not { } @case) return Errors.NotFound(AfterSalesCase.NoOf(caseId));
        if (@case.Version != version) return new Error("AfterSales.Stale", @case.No);
        var changed = change(@case);
        if (!changed.Succeeded) return changed;
        try
        {
            await db.SaveChangesAsync();
            return Result.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Error("AfterSales.Stale", @case.No);
        }
    }
}
