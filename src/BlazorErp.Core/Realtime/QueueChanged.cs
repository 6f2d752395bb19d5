namespace BlazorErp.Core.Realtime;

/// <summary>The live work lists (DOMAIN.md "Live queues"). A page subscribes to the queues it shows.</summary>
public enum Queue
{
    Review, Exceptions, Print, Ship, Returns,
    /// <summary>
    /// The manager's live dashboard: one message per save that moved an order on (or a ship-sync into failure), with
    /// id 0 — the dashboard re-reads its figures as a whole, so thousands of orders approved at once are one message.
    /// </summary>
    Dashboard,
}

/// <summary>Added: the item entered the queue; Updated: it changed while in it; Removed: it left.</summary>
public enum QueueChangeKind { Added, Updated, Removed }

/// <summary>
/// One item of a queue changed. Deliberately thin: a view re-queries the item with its user's own
/// permissions instead of trusting a payload, and <see cref="Version"/> lets it ignore stale news.
/// </summary>
public sealed record QueueChanged(Queue Queue, long Id, long Version, QueueChangeKind Kind);
