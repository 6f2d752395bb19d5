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

        var retry = new HashSet<string>();
        var existing = await ImportedAsync(db, input.Kind, party.Id, sheet.Rows, retry);
        // Lines nothing was posted for come again once the books know them (the parcel has shipped since); until then they stay out.
        var retried = sheet.Rows.Where(r => retry.Contains(r.Key)).ToList();
        var known = retried.Count == 0 ? [] : retried.Zip(await StatementBooks.MatchAsync(db, input.Kind, party, retried))
            .Where(x => x.Second.Outcome != StatementOutcome.Unknown).Select(x => (x.First.Key, x.First.Fingerprint)).ToHashSet();
        foreach (var key in known) existing.Remove(key);
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
        // A line nothing was posted for, now known, moves to this statement: the old one is set aside (it stays, marked).
        var movedKeys = known.Select(k => k.Key).ToList();
        if (movedKeys.Count > 0)
            foreach (var old in await db.Set<StatementLine>().Where(l => l.Kind == input.Kind && l.PartyId == party.Id && !l.Discarded
                         && movedKeys.Contains(l.Key) && l.Outcome == StatementOutcome.Unknown).ToListAsync())
                old.Discard();
        await db.SaveChangesAsync(); // before the new lines: the unique index holds one live line per content
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

    /// <summary>
    /// The file's lines already imported (not set aside): (key, fingerprint) → the statement holding them. A postage bill line
    /// counts by its content (a corrected bill is compared with the freight as adjusted already). A settled trade or COD
    /// parcel counts once whatever its row says — overlapping exports and corrected rows must not settle it twice — unless it
    /// was unknown to us when its statement was confirmed (nothing was posted): <paramref name="retry"/> gets those keys.
    /// </summary>
    private static async Task<Dictionary<(string, string), long>> ImportedAsync(ErpDbContext db, StatementKind kind, long partyId,
        IReadOnlyList<StatementRow> rows, HashSet<string> retry)
    {
        var found = new Dictionary<(string, string), long>();
        foreach (var chunk in rows.Select(r => r.Key).Distinct().Chunk(5_000))
        {
            var keys = chunk.ToList();
            var held = await db.Set<StatementLine>().AsNoTracking().Where(l => l.Kind == kind && l.PartyId == partyId && !l.Discarded && keys.Contains(l.Key))
                .Join(db.Set<Statement>(), l => l.StatementId, s => s.Id, (l, s) => new { l.Key, l.Fingerprint, l.StatementId, l.Outcome, s.Status })
                .ToListAsync();
            foreach (var row in rows)
            {
                var same = held.Where(x => x.Key == row.Key && (kind != StatementKind.Postage || x.Fingerprint == row.Fingerprint)).ToList();
                if (same.Count == 0) continue;
                var unposted = same.All(x => x.Outcome == StatementOutcome.Unknown && x.Status == StatementStatus.Confirmed);
                if (unposted && kind != StatementKind.Postage) retry.Add(row.Key);
                found[(row.Key, row.Fingerprint)] = same[0].StatementId;
            }
        }
        return found;
    }
}
