namespace BlazorErp.Core.Realtime;

/// <summary>
/// Carries <see cref="QueueChanged"/> messages from committed changes to every open view and hub client.
/// In-process now (one server); a Redis pub/sub implementation would fan out across servers.
/// </summary>
public interface IQueueNotifier
{
    /// <summary>Called only after the change committed (see <see cref="QueuePublishingInterceptor"/>).</summary>
    void Publish(IReadOnlyList<QueueChanged> changes);

    /// <summary>The handler gets every published batch, on a background thread, in publication order.</summary>
    IDisposable Subscribe(Func<IReadOnlyList<QueueChanged>, Task> handler);
}
