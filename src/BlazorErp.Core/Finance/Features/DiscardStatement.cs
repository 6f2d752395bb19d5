using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Finance.Features;

/// <summary>
/// 作废: an imported statement that should not be confirmed (the wrong shop or courier, the wrong file) is set aside; nothing
/// was posted from it, and its lines may be imported again.
/// </summary>
public sealed class DiscardStatement(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result> HandleAsync(long statementId, long version)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await db.Set<Statement>().SingleOrDefaultAsync(s => s.Id == statementId) is not { } statement) return Errors.NotFound("Statement " + statementId);
        if (statement.Version != version) return Errors.ConcurrencyConflict(null);
        var discarded = statement.Discard(clock.GetUtcNow().UtcDateTime, currentUser.Name);
        if (!discarded.Succeeded) return discarded;
        await db.Set<StatementLine>().Where(l => l.StatementId == statementId).ExecuteUpdateAsync(u => u.SetProperty(l => l.Discarded, true));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Errors.ConcurrencyConflict(null);
        }
        await transaction.CommitAsync();
        return Result.Ok();
    }
}
