using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Finance.Features;

public sealed record StatementRowSummary(long Id, StatementKind Kind, Party Party, string PartyName, string FileName, int LineCount, decimal TotalAmount,
    StatementStatus Status, DateTime ImportedAtUtc, string ImportedBy, DateTime? ClosedAtUtc, string? ClosedBy, DateOnly? PeriodFrom, DateOnly? PeriodTo);

/// <summary>The statements of one kind, newest first, for the page's history.</summary>
public sealed class ListStatements(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<IReadOnlyList<StatementRowSummary>> HandleAsync(StatementKind kind, int take = 50)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var statements = await db.Set<Statement>().AsNoTracking().Where(s => s.Kind == kind).OrderByDescending(s => s.Id).Take(take).ToListAsync();
        var names = await PartyNames.OfAsync(db, statements.Select(s => s.Party));
        return statements.Select(s => new StatementRowSummary(s.Id, s.Kind, s.Party, names.GetValueOrDefault(s.Party) ?? "#" + s.PartyId, s.FileName,
            s.LineCount, s.TotalAmount, s.Status, s.ImportedAtUtc, s.ImportedBy, s.ClosedAtUtc, s.ClosedBy, s.PeriodFrom, s.PeriodTo)).ToList();
    }
}
