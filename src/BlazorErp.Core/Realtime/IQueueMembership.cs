using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace BlazorErp.Core.Realtime;

/// <summary>
/// Says which queues an entity type shows in, from its column values, so that every save of such an entity
/// — whichever use case made it — announces itself: added to the queues it entered, removed from those it left.
/// </summary>
public interface IQueueMembership
{
    Type EntityType { get; }

    IEnumerable<Queue> QueuesOf(PropertyValues values);

    /// <summary>The queue item the entity stands for (an order for its claim), read after the save assigned keys.</summary>
    long ItemIdOf(object entity);

    /// <summary>Whether this change is news for the queues (a claim merely renewed is not); every change is by default.</summary>
    bool Announces(EntityEntry entry) => true;
}
