using System.Collections.Concurrent;
using System.Threading.Channels;

namespace BlazorErp.Core.Realtime;

/// <summary>
/// Single-server fan-out. Each subscriber has its own unbounded channel and reader task, so a slow view
/// never delays the save that published, nor the other subscribers.
/// </summary>
public sealed class InProcessQueueNotifier : IQueueNotifier
{
    private readonly ConcurrentDictionary<Subscription, byte> _subscriptions = new();

    public void Publish(IReadOnlyList<QueueChanged> changes)
    {
        if (changes.Count == 0) return;
        foreach (var subscription in _subscriptions.Keys) subscription.Post(changes);
    }

    public IDisposable Subscribe(Func<IReadOnlyList<QueueChanged>, Task> handler)
    {
        var subscription = new Subscription(handler, s => _subscriptions.TryRemove(s, out _));
        _subscriptions[subscription] = 0;
        return subscription;
    }

    private sealed class Subscription : IDisposable
    {
        private readonly Channel<IReadOnlyList<QueueChanged>> _channel = Channel.CreateUnbounded<IReadOnlyList<QueueChanged>>(new() { SingleReader = true });
        private readonly Action<Subscription> _remove;

        public Subscription(Func<IReadOnlyList<QueueChanged>, Task> handler, Action<Subscription> remove)
        {
            _remove = remove;
            _ = Task.Run(async () =>
            {
                await foreach (var batch in _channel.Reader.ReadAllAsync())
                {
                    // A failing view must not stop its own later updates.
                    try { await handler(batch); } catch { /* the view logs and recovers on its next re-query */ }
                }
            });
        }

        public void Post(IReadOnlyList<QueueChanged> changes) => _channel.Writer.TryWrite(changes);

        public void Dispose()
        {
            _remove(this);
            _channel.Writer.TryComplete();
        }
    }
}
