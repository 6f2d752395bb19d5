using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Finance.Features;

/// <summary>
/// 冲销凭证: a clerk's own entry (a receipt, a payment, an opening balance) is cancelled by a counter-entry with every amount
/// negated. Entries posted from documents (shipments, refunds, statements) are reversed by reversing the document, so the
/// document and the books never disagree. An entry is reversed once (unique link, so two clerks at once cannot both).
/// </summary>
public sealed class ReverseJournalEntry(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result<long>> HandleAsync(long entryId, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) return new Error("Import.Required", "冲销原因");
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await db.Set<JournalEntry>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId) is not { } entry) return Errors.NotFound("JournalEntry " + entryId);
        if (entry.SourceKind is not (JournalSource.Manual or JournalSource.OpeningBalance)) return new Error("Journal.ReverseTheSource", "JournalSource." + entry.SourceKind);
        if (entry.ReversalOfId is not null) return new Error("Journal.IsReversal", entry.ReversalOfId);
        if (await db.Set<JournalEntry>().AnyAsync(e => e.ReversalOfId == entryId)) return new Error("Journal.AlreadyReversed", entryId);
        var now = clock.GetUtcNow().UtcDateTime;
        var reversal = entry.Reverse(Books.ChinaDate(now), JournalSource.Manual, null, reason, currentUser.Name, now);
        await Journal.PostAsync(db, reversal);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            return new Error("Journal.AlreadyReversed", entryId); // another clerk reversed it a moment ago
        }
        await transaction.CommitAsync();
        return reversal.Id;
    }
}
