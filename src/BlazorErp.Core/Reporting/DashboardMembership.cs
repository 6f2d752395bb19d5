using BlazorErp.Core.Orders;
using BlazorErp.Core.Platforms;
using BlazorErp.Core.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace BlazorErp.Core.Reporting;

/// <summary>
/// An order that came in or moved on (status, exception, a 缺货 finding) is news for the live dashboard. All orders
/// map to item 0: a save of thousands of orders is one message, and the dashboard's own debounce gathers bursts.
/// </summary>
public sealed class OrderDashboardMembership : IQueueMembership
{
    public Type EntityType => typeof(Order);

    public IEnumerable<Queue> QueuesOf(PropertyValues values) => [Queue.Dashboard];

    public long ItemIdOf(object entity) => 0;

    public bool Announces(EntityEntry entry) =>
        entry.State != EntityState.Modified
        || entry.Property(nameof(Order.Status)).IsModified
        || entry.Property(nameof(Order.Flags)).IsModified
        || (entry.Property(nameof(Order.Findings)).IsModified
            && ((ReviewFinding)entry.Property(nameof(Order.Findings)).OriginalValue! & ReviewFinding.OutOfStock)
               != ((ReviewFinding)entry.Property(nameof(Order.Findings)).CurrentValue! & ReviewFinding.OutOfStock));
}

/// <summary>A ship-sync that failed, went back to retrying or got through changes the dashboard's 同步失败 figure.</summary>
public sealed class ShipSyncDashboardMembership : IQueueMembership
{
    public Type EntityType => typeof(ShipSyncJob);

    public IEnumerable<Queue> QueuesOf(PropertyValues values) => [Queue.Dashboard];

    public long ItemIdOf(object entity) => 0;

    public bool Announces(EntityEntry entry) =>
        entry.State == EntityState.Modified && (entry.Property(nameof(ShipSyncJob.Status)).IsModified || entry.Property(nameof(ShipSyncJob.Attempts)).IsModified);
}
