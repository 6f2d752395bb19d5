using BlazorErp.Core.Orders;
using BlazorErp.Core.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace BlazorErp.Core.Review;

/// <summary>Which live queues an order shows in, by its status and exception flags.</summary>
public sealed class OrderQueueMembership : IQueueMembership
{
    public Type EntityType => typeof(Order);

    public IEnumerable<Queue> QueuesOf(PropertyValues values) =>
        Of(values.GetValue<OrderStatus>(nameof(Order.Status)), values.GetValue<OrderFlags>(nameof(Order.Flags)));

    public static IEnumerable<Queue> Of(OrderStatus status, OrderFlags flags)
    {
        if (status is OrderStatus.PendingReview or OrderStatus.Approved) yield return Queue.Review;
        if (flags != OrderFlags.None && status is OrderStatus.PendingReview or OrderStatus.Approved or OrderStatus.Printed or OrderStatus.Inspected)
            yield return Queue.Exceptions;
        if (status is OrderStatus.Approved or OrderStatus.Printed) yield return Queue.Print;
        if (status is OrderStatus.Printed or OrderStatus.Inspected) yield return Queue.Ship;
    }

    public long ItemIdOf(object entity) => ((Order)entity).Id;
}

/// <summary>A claim taken, renewed, taken over or released changes the order's row wherever a clerk works it.</summary>
public sealed class OrderClaimQueueMembership : IQueueMembership
{
    public Type EntityType => typeof(OrderClaim);

    public IEnumerable<Queue> QueuesOf(PropertyValues values) => [Queue.Review, Queue.Exceptions];

    public long ItemIdOf(object entity) => ((OrderClaim)entity).OrderId;

    /// <summary>A renewal every half minute by every open editor is not news; a new holder, a take-over or a release is.</summary>
    public bool Announces(EntityEntry entry) =>
        entry.State != EntityState.Modified
        || entry.Property(nameof(OrderClaim.HolderId)).IsModified
        || (DateTime)entry.Property(nameof(OrderClaim.ExpiresAtUtc)).CurrentValue! <= DateTime.UtcNow; // released
}
