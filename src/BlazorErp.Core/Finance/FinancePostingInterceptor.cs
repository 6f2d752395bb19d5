using System.Data.Common;
using System.Runtime.CompilerServices;
using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BlazorErp.Core.Finance;

/// <summary>
/// Posts source documents (shipments, refunds) to the journal in the same transaction that saved them, so a parcel is never
/// shipped without its receivable nor booked without shipping. Sources are noticed when added; their ids are generated on
/// insert, so the entries are written just before the transaction commits — by then every source of it has its id.
/// A rolled-back transaction posts nothing.
/// </summary>
public sealed class FinancePostingInterceptor : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<object>> _sources = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Capture(DbContext? context)
    {
        if (context is null) return;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Added || !SourcePostings.Posts(entry.Metadata.ClrType)) continue;
            var sources = _sources.GetOrCreateValue(context);
            if (!sources.Contains(entry.Entity, ReferenceEqualityComparer.Instance)) sources.Add(entry.Entity);
        }
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        // Sync commits come only from sync saves; SQLite and SQL Server both complete these calls synchronously underneath.
        PostAsync(eventData.Context).GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await PostAsync(eventData.Context);
        return result;
    }

    private async Task PostAsync(DbContext? context)
    {
        if (context is not ErpDbContext db || !_sources.TryGetValue(db, out var sources)) return;
        _sources.Remove(db);
        // Only what was saved: a source whose save failed still has no id.
        var saved = sources.OfType<Entity>().Where(s => s.Id > 0).OrderBy(s => s.Id).ToList();
        var posted = false;
        foreach (var source in saved)
        {
            if (await SourcePostings.EntryForAsync(db, source) is not { } entry) continue;
            await Journal.PostAsync(db, entry);
            posted = true;
        }
        if (posted) await db.SaveChangesAsync();
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _sources.Remove(eventData.Context!);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _sources.Remove(eventData.Context!);
        return Task.CompletedTask;
    }
}
