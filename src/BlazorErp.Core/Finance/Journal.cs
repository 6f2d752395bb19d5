using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Finance;

/// <summary>
/// The one way money is booked: an entry is added and every balance it touches moves with it, inside the caller's
/// transaction (callers begin it, post, save and commit — or roll back, which undoes the balances too).
/// </summary>
public static class Journal
{
    public static async Task PostAsync(ErpDbContext db, JournalEntry entry)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Journal entries must be posted inside the caller's transaction.");
        if (JournalEntry.Check(entry.Lines) is { } error)
            throw new InvalidOperationException("An entry that breaks the books cannot be posted: " + error);
        db.Add(entry);
        // One update per account and party, in key order: every poster locks balances in the same order (no deadlocks).
        var moves = entry.Lines.GroupBy(l => (l.Account, l.PartyKind, l.PartyId))
            .Select(g => (Key: g.Key, Debit: g.Sum(l => l.Debit), Credit: g.Sum(l => l.Credit)))
            .OrderBy(m => m.Key.Account).ThenBy(m => m.Key.PartyKind).ThenBy(m => m.Key.PartyId).ToList();
        await EnsureBalancesAsync(db, moves.Select(m => m.Key).ToList());
        foreach (var ((account, kind, id), debit, credit) in moves)
        {
            await db.Set<LedgerBalance>().Where(b => b.Account == account && b.PartyKind == kind && b.PartyId == id)
                .ExecuteUpdateAsync(u => u.SetProperty(b => b.Debit, b => b.Debit + debit).SetProperty(b => b.Credit, b => b.Credit + credit));
        }
    }

    /// <summary>The first entry of an account and party creates its (zero) balance row; this flushes what the caller staged, as Stock does.</summary>
    private static async Task EnsureBalancesAsync(ErpDbContext db, List<(LedgerAccount Account, PartyKind Kind, long Id)> keys)
    {
        var accounts = keys.Select(k => k.Account).Distinct().ToList();
        var ids = keys.Select(k => k.Id).Distinct().ToList();
        var existing = (await db.Set<LedgerBalance>().AsNoTracking().Where(b => accounts.Contains(b.Account) && ids.Contains(b.PartyId))
            .Select(b => new { b.Account, b.PartyKind, b.PartyId }).ToListAsync())
            .Select(b => (b.Account, b.PartyKind, b.PartyId)).ToHashSet();
        var missing = keys.Where(k => !existing.Contains(k)).ToList();
        if (missing.Count == 0) return;
        db.AddRange(missing.Select(k => new LedgerBalance(k.Account, new Party(k.Kind, k.Id))));
        await db.SaveChangesAsync();
        // Detached at once: the rows now move only through ExecuteUpdate, and a stale tracked copy must never be saved back.
        foreach (var entry in db.ChangeTracker.Entries<LedgerBalance>().ToList()) entry.State = EntityState.Detached;
    }
}
