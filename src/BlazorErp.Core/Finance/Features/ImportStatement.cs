using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Finance.Features;

public sealed record StatementImportInput(StatementKind Kind, long PartyId, string FileName, DateOnly? PeriodFrom = null, DateOnly? PeriodTo = null);

/// <summary>
/// What an import did: the problems (and nothing stored), or the statement holding the file's lines — a new one, or the one
/// that already holds them when the same file comes again (<see cref="NewLines"/> 0: nothing changed).
/// </summary>
public sealed record StatementImportResult(IReadOnlyList<RowError> Errors, long? StatementId, int NewLines, int AlreadyImported)
{
    public bool Succeeded => Errors.Count == 0;
    public static StatementImportResult Failed(params IReadOnlyList<RowError> errors) => new(errors, null, 0, 0);
}

/// <summary>
/// 担保交易对帐 / 邮资月结 / 快递代收 import: the file is read (Chinese headers; XLSX, or CSV in GBK or UTF-8), every row checked —
/// any problem refuses the whole file with row-level messages — and its lines stored with how each compares with the books.
/// Nothing is posted until the statement is confirmed. Lines imported before (same party, key and content) are skipped, so
/// importing the same statement again changes nothing.
/// </summary>
public sealed class ImportStatement(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<StatementImportResult> HandleAsync(StatementImportInput input, Stream file)
    {
        if (input.Kind == StatementKind.Postage && (input.PeriodFrom is not { } from || input.PeriodTo is not { } to || to < from))
            return StatementImportResult.Failed(new RowError(0, "", new Error("Finance.PeriodInvalid")));
        var sheet = StatementSheet.Read(file, input.FileName, input.Kind);
        if (!sheet.Succeeded) return StatementImportResult.Failed(sheet.Errors);

        await using var db = await contexts.CreateDbContextAsync();
        var party = new Party(StatementBooks.PartyKindOf(input.Kind), input.PartyId);
        if (!await PartyNames.ExistsAsync(db, party)) return StatementImportResult.Failed(new RowError(0, "", Errors.NotFound("PartyKind." + party.Kind + " " + party.Id)));

        var existing = await ImportedAsync(db, input.Kind, party.Id, sheet.Rows);
        var fresh = sheet.Rows.Where(r => !existing.ContainsKey((r.Key, r.Fingerprint))).ToList();
        if (fresh.Count == 0) return new StatementImportResult([], existing.Values.Min(), 0, existing.Count);

        var matches = await StatementBooks.MatchAsync(db, input.Kind, party, fresh);
        var now = clock.GetUtcNow().UtcDateTime;
        var statement = new Statement(input.Kind, party, input.FileName, input.PeriodFrom, input.PeriodTo, fresh.Count, fresh.Sum(r => r.Amount), now, currentUser.Name);
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Add(statement);
        await db.SaveChangesAsync();
        var lines = fresh.Select((row, i) =>
        {
            var line = new StatementLine(statement.Id, input.Kind, party.Id, row);
            line.Record(matches[i]);
            return line;
        }).ToList();
        db.ChangeTracker.AutoDetectChangesEnabled = false; // a 100,000-line statement: nothing to detect on rows just added
        db.AddRange(lines);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            return StatementImportResult.Failed(new RowError(0, "", new Error("Statement.ImportedMeanwhile"))); // the same file, by another clerk, a moment ago
        }
        await transaction.CommitAsync();
        return new StatementImportResult([], statement.Id, fresh.Count, existing.Count);
    }

    /// <summary>The file's lines already imported (not set aside): (key, fingerprint) → the statement holding them.</summary>
    private static async Task<Dictionary<(string, string), long>> ImportedAsync(ErpDbContext db, StatementKind kind, long partyId, IReadOnlyList<StatementRow> rows)
    {
        var wanted = rows.Select(r => (r.Key, r.Fingerprint)).ToHashSet();
        var found = new Dictionary<(string, string), long>();
        foreach (var chunk in rows.Select(r => r.Key).Distinct().Chunk(5_000))
        {
            var keys = chunk.ToList();
            foreach (var line in await db.Set<StatementLine>().AsNoTracking().Where(l => l.Kind == kind && l.PartyId == partyId && !l.Discarded && keys.Contains(l.Key))
                         .Select(l => new { l.Key, l.Fingerprint, l.StatementId }).ToListAsync())
                if (wanted.Contains((line.Key, line.Fingerprint))) found[(line.Key, line.Fingerprint)] = line.StatementId;
        }
        return found;
    }
}
