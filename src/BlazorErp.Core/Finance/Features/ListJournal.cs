using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Finance.Features;

public sealed record JournalQuery(DateOnly? From = null, DateOnly? To = null, JournalSource? Source = null, LedgerAccount? Account = null,
    long? MoneyAccountId = null, string? Reference = null, int Page = 0, int PageSize = 50);

public sealed record JournalLineRow(LedgerAccount Account, Party Party, string? PartyName, decimal Debit, decimal Credit, string? Reference);

public sealed record JournalRow(long Id, DateOnly Date, JournalSource SourceKind, long? SourceId, string Memo, string By, DateTime PostedAtUtc,
    long? ReversalOfId, long? ReversedById, decimal Amount, IReadOnlyList<JournalLineRow> Lines)
{
    /// <summary>Only a clerk's own entries are reversed here; the others by reversing their document.</summary>
    public bool CanReverse => SourceKind is JournalSource.Manual or JournalSource.OpeningBalance && ReversalOfId is null && ReversedById is null;
}

/// <summary>凭证 newest first, filtered by date, source, account or cash/bank account and trade or tracking number.</summary>
public sealed class ListJournal(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<(IReadOnlyList<JournalRow> Rows, int Total)> HandleAsync(JournalQuery query)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var entries = db.Set<JournalEntry>().AsNoTracking();
        if (query.From is { } from) entries = entries.Where(e => e.Date >= from);
        if (query.To is { } to) entries = entries.Where(e => e.Date <= to);
        if (query.Source is { } source) entries = entries.Where(e => e.SourceKind == source);
        if (query.Account is { } account) entries = entries.Where(e => e.Lines.Any(l => l.Account == account));
        if (query.MoneyAccountId is { } money)
            entries = entries.Where(e => e.Lines.Any(l => l.Account == LedgerAccount.CashBank && l.PartyId == money));
        if (!string.IsNullOrWhiteSpace(query.Reference))
        {
            var reference = query.Reference.Trim();
            entries = entries.Where(e => e.Lines.Any(l => l.Reference == reference) || e.Memo.Contains(reference));
        }
        var total = await entries.CountAsync();
        var page = await entries.OrderByDescending(e => e.Id).Skip(Math.Max(query.Page, 0) * query.PageSize).Take(Math.Clamp(query.PageSize, 1, 500)).ToListAsync();
        var ids = page.Select(e => e.Id).ToList();
        var reversedBy = await db.Set<JournalEntry>().Where(e => e.ReversalOfId != null && ids.Contains(e.ReversalOfId.Value))
            .Select(e => new { Of = e.ReversalOfId!.Value, e.Id }).ToDictionaryAsync(e => e.Of, e => e.Id);
        var names = await PartyNames.OfAsync(db, page.SelectMany(e => e.Lines.Select(l => l.Party)));
        var rows = page.Select(e => new JournalRow(e.Id, e.Date, e.SourceKind, e.SourceId, e.Memo, e.By, e.PostedAtUtc, e.ReversalOfId,
            reversedBy.TryGetValue(e.Id, out var by) ? by : null, e.TotalDebit,
            e.Lines.Select(l => new JournalLineRow(l.Account, l.Party, names.GetValueOrDefault(l.Party), l.Debit, l.Credit, l.Reference)).ToList())).ToList();
        return (rows, total);
    }
}
