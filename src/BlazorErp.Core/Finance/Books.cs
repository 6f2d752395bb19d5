using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Finance;

/// <summary>A journal line with its entry's date and source, as the read side queries it (initialised, so EF can filter and group on it).</summary>
public sealed record PostedLine
{
    public long EntryId { get; init; }
    public DateOnly Date { get; init; }
    public JournalSource SourceKind { get; init; }
    public long? SourceId { get; init; }
    public string Memo { get; init; } = "";
    public LedgerAccount Account { get; init; }
    public PartyKind PartyKind { get; init; }
    public long PartyId { get; init; }
    public decimal Debit { get; init; }
    public decimal Credit { get; init; }
    public string? Reference { get; init; }
}

/// <summary>Read-side queries over the journal shared by the finance use cases (all translate on SQLite and SQL Server).</summary>
public static class Books
{
    public static IQueryable<PostedLine> Lines(ErpDbContext db) =>
        db.Set<JournalEntry>().AsNoTracking().SelectMany(e => e.Lines, (e, l) => new PostedLine
        {
            EntryId = e.Id, Date = e.Date, SourceKind = e.SourceKind, SourceId = e.SourceId, Memo = e.Memo,
            Account = l.Account, PartyKind = l.PartyKind, PartyId = l.PartyId, Debit = l.Debit, Credit = l.Credit, Reference = l.Reference,
        });

    /// <summary>
    /// The items of one account and party by reference (trade or tracking number): open amount read the account's way
    /// (owed to us for a receivable, owed by us for a payable) and the first date booked.
    /// </summary>
    public static async Task<Dictionary<string, OpenItem>> OpenItemsAsync(ErpDbContext db, LedgerAccount account, Party party)
    {
        var sign = Accounts.NormalSign(account);
        var groups = await Lines(db).Where(l => l.Account == account && l.PartyKind == party.Kind && l.PartyId == party.Id && l.Reference != null)
            .GroupBy(l => l.Reference!)
            .Select(g => new { Reference = g.Key, Debit = g.Sum(l => l.Debit), Credit = g.Sum(l => l.Credit), Since = g.Min(l => l.Date) })
            .ToListAsync();
        return groups.ToDictionary(g => g.Reference, g => new OpenItem(g.Reference, sign * (g.Debit - g.Credit), g.Since), StringComparer.Ordinal);
    }

    /// <summary>The balance of every account and party (or of one account), read the account's way.</summary>
    public static async Task<List<(LedgerAccount Account, Party Party, decimal Balance)>> BalancesAsync(ErpDbContext db, LedgerAccount? account = null)
    {
        var rows = await db.Set<LedgerBalance>().AsNoTracking().Where(b => account == null || b.Account == account).ToListAsync();
        return rows.Select(b => (b.Account, new Party(b.PartyKind, b.PartyId), Accounts.NormalSign(b.Account) * b.Net)).ToList();
    }

    /// <summary>China's business date of a UTC time: the merchant's day, whatever zone the server runs in.</summary>
    public static DateOnly ChinaDate(DateTime utc) => DateOnly.FromDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc).AddHours(8));
}
