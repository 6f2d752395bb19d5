using BlazorErp.Core.Common;
using BlazorErp.Core.Shipping;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Finance.Features;

public sealed record StatementLineRow(int Row, string Key, decimal Amount, decimal Fee, decimal? WeightKg, DateTime? SettledAtChina,
    StatementOutcome Outcome, decimal? Expected, decimal? OurWeightKg, string? Note, string? NoteArg)
{
    /// <summary>Statement − books: positive when they paid (or billed) more than we booked.</summary>
    public decimal? Difference => Expected is { } expected ? Amount - expected : null;
}

/// <summary>One of ours the statement does not mention: a trade shipped but not settled, a COD parcel not remitted, a parcel missing from the bill.</summary>
public sealed record MissingRow(string Reference, decimal Amount, DateOnly Since, int Days, decimal? WeightKg = null);

public sealed record StatementView(long Id, long Version, StatementKind Kind, Party Party, string PartyName, string FileName, StatementStatus Status,
    DateTime ImportedAtUtc, string ImportedBy, DateTime? ClosedAtUtc, string? ClosedBy, long? MoneyAccountId, long? JournalEntryId,
    DateOnly? PeriodFrom, DateOnly? PeriodTo, IReadOnlyList<StatementLineRow> Matched, IReadOnlyList<StatementLineRow> Differs,
    IReadOnlyList<StatementLineRow> Unknown, IReadOnlyList<MissingRow> Missing, int Days);

/// <summary>
/// A statement's four lists: matched, amount differs (with the difference), on the statement but not in our books, and ours
/// not on the statement (escrow/COD: open for at least N days; postage: shipped in the bill's month). An open statement is
/// compared with the books as they are now; a confirmed one shows what was confirmed.
/// </summary>
public sealed class ViewStatement(IDbContextFactory<ErpDbContext> contexts, TimeProvider clock)
{
    public const int DefaultDays = 15;

    public async Task<Result<StatementView>> HandleAsync(long id, int days = DefaultDays)
    {
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<Statement>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id) is not { } statement) return Errors.NotFound("Statement " + id);
        var lines = await db.Set<StatementLine>().AsNoTracking().Where(l => l.StatementId == id).OrderBy(l => l.Row).ToListAsync();
        var items = await StatementBooks.OpenItemsAsync(db, statement.Kind, statement.Party);
        var rows = lines.Select(l => l.AsRow()).ToList();
        var matches = statement.Status == StatementStatus.Imported
            ? await StatementBooks.MatchAsync(db, statement.Kind, statement.Party, rows, items)
            : lines.Select(l => new LineMatch(l.Outcome, l.Expected, l.OurWeightKg, l.Note, l.NoteArg)).ToList();
        var view = lines.Select((l, i) => new StatementLineRow(l.Row, l.Key, l.Amount, l.Fee, l.WeightKg, l.SettledAtChina, matches[i].Outcome,
            matches[i].Expected, matches[i].OurWeightKg, matches[i].Note, matches[i].NoteArg)).ToList();
        var keys = lines.Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
        var today = Books.ChinaDate(clock.GetUtcNow().UtcDateTime);
        var missing = statement.Kind == StatementKind.Postage
            ? await ParcelsNotBilledAsync(db, statement, keys, today)
            : StatementMatching.OpenNotOnStatement(items.Values, keys, today, days)
                .Select(i => new MissingRow(i.Reference, i.Open, i.Since, today.DayNumber - i.Since.DayNumber)).ToList();
        var name = (await PartyNames.OfAsync(db, [statement.Party])).GetValueOrDefault(statement.Party) ?? "#" + statement.PartyId;
        return new StatementView(statement.Id, statement.Version, statement.Kind, statement.Party, name, statement.FileName, statement.Status,
            statement.ImportedAtUtc, statement.ImportedBy, statement.ClosedAtUtc, statement.ClosedBy, statement.MoneyAccountId, statement.JournalEntryId,
            statement.PeriodFrom, statement.PeriodTo, view.Where(v => v.Outcome == StatementOutcome.Matched).ToList(),
            view.Where(v => v.Outcome == StatementOutcome.Differs).ToList(), view.Where(v => v.Outcome == StatementOutcome.Unknown).ToList(), missing, days);
    }

    /// <summary>Our parcels of the courier shipped in the bill's month (China dates) that the bill does not list; reversed parcels left out.</summary>
    private static async Task<List<MissingRow>> ParcelsNotBilledAsync(ErpDbContext db, Statement statement, HashSet<string> keys, DateOnly today)
    {
        var from = statement.PeriodFrom!.Value.ToDateTime(TimeOnly.MinValue).AddHours(-8);
        var to = statement.PeriodTo!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-8);
        var shipped = await db.Set<Shipment>().AsNoTracking()
            .Where(s => s.CourierId == statement.PartyId && s.ReversalOfId == null && s.AtUtc >= from && s.AtUtc < to
                        && !db.Set<Shipment>().Any(r => r.ReversalOfId == s.Id))
            .Select(s => new { s.TrackingNo, s.Freight, s.WeightKg, s.AtUtc }).ToListAsync();
        return shipped.Where(s => !keys.Contains(s.TrackingNo)).OrderBy(s => s.AtUtc)
            .Select(s => new MissingRow(s.TrackingNo, s.Freight, Books.ChinaDate(s.AtUtc), today.DayNumber - Books.ChinaDate(s.AtUtc).DayNumber, s.WeightKg))
            .ToList();
    }
}
