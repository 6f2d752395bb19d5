using System.Data.Common;
using System.Runtime.CompilerServices;
using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BlazorErp.Core.Realtime;

/// <summary>
/// Turns saved changes of queue entities into <see cref="QueueChanged"/> messages and publishes them only
/// once they are durable: at the commit of the transaction they were saved in (a rollback drops them), or
/// right after the save when it ran without one. Use cases need not remember to notify.
/// </summary>
public sealed class QueuePublishingInterceptor(IQueueNotifier notifier, IEnumerable<IQueueMembership> memberships)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private sealed record Pending(EntityEntry Entry, IQueueMembership Membership, HashSet<Queue> Before, HashSet<Queue> After);

    // An entity type may show in several kinds of views (an order: the work queues and the dashboard).
    private readonly ILookup<Type, IQueueMembership> _byType = memberships.ToLookup(m => m.EntityType);
    private readonly ConditionalWeakTable<DbContext, List<Pending>> _pending = new();

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

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        PublishIfCommitted(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        PublishIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => DropUnlessInTransaction(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        DropUnlessInTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    private void Capture(DbContext? context)
    {
        if (context is null) return;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            foreach (var membership in _byType[entry.Metadata.ClrType])
            {
                if (!membership.Announces(entry)) continue;
                var before = entry.State == EntityState.Added ? [] : membership.QueuesOf(entry.OriginalValues).ToHashSet();
                var after = entry.State == EntityState.Deleted ? [] : membership.QueuesOf(entry.CurrentValues).ToHashSet();
                _pending.GetOrCreateValue(context).Add(new Pending(entry, membership, before, after));
            }
        }
    }

    private void PublishIfCommitted(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null) Publish(context);
    }

    private void DropUnlessInTransaction(DbContext? context)
    {
        // Inside a transaction the failed save's captures wait for the rollback (or a commit of what did save).
        if (context is not null && context.Database.CurrentTransaction is null) _pending.Remove(context);
    }

    private void Publish(DbContext context)
    {
        if (!_pending.TryGetValue(context, out var pending)) return;
        _pending.Remove(context);
        var changes = new List<QueueChanged>();
        foreach (var p in pending)
        {
            var id = p.Membership.ItemIdOf(p.Entry.Entity);
            var version = p.Entry.Entity is Entity entity ? entity.Version : 0;
            foreach (var queue in p.Before.Union(p.After))
            {
                var kind = !p.Before.Contains(queue) ? QueueChangeKind.Added : !p.After.Contains(queue) ? QueueChangeKind.Removed : QueueChangeKind.Updated;
                changes.Add(new QueueChanged(queue, id, version, kind));
            }
        }
        // Several saves in one transaction may touch one item: its last state is what a view needs.
        notifier.Publish(changes.GroupBy(c => (c.Queue, c.Id)).Select(g => g.Last()).ToList());
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Publish(eventData.Context!);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Publish(eventData.Context!);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _pending.Remove(eventData.Context!);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending.Remove(eventData.Context!);
        return Task.CompletedTask;
    }
}
