using BlazorErp.Core.Realtime;

namespace BlazorErp.Web.Realtime;

/// <summary>
/// How a queue page listens (ARCHITECTURE.md, Real time): it subscribes to the notifier for its queues,
/// bursts are gathered for a moment (a download of 300 orders is one refresh, not 300), and the page's
/// handler runs on its own renderer through <c>InvokeAsync</c>, where it re-queries with its user's
/// permissions. Dispose with the component.
/// </summary>
public sealed class QueueSubscription : IDisposable
{
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(120);

    private readonly IDisposable _subscription;
    private readonly HashSet<Queue> _queues;
    private readonly Func<Func<Task>, Task> _invokeAsync;
    private readonly Func<IReadOnlyList<QueueChanged>, Task> _onChanged;
    private readonly TimeSpan _debounce;
    private readonly Lock _lock = new();
    private List<QueueChanged> _gathered = [];
    private bool _flushScheduled, _disposed;

    public QueueSubscription(IQueueNotifier notifier, IEnumerable<Queue> queues, Func<Func<Task>, Task> invokeAsync,
        Func<IReadOnlyList<QueueChanged>, Task> onChanged, TimeSpan? debounce = null)
    {
        _queues = [.. queues];
        (_invokeAsync, _onChanged, _debounce) = (invokeAsync, onChanged, debounce ?? DefaultDebounce);
        _subscription = notifier.Subscribe(ReceiveAsync);
    }

    private Task ReceiveAsync(IReadOnlyList<QueueChanged> batch)
    {
        var mine = batch.Where(c => _queues.Contains(c.Queue)).ToList();
        if (mine.Count == 0) return Task.CompletedTask;
        lock (_lock)
        {
            _gathered.AddRange(mine);
            if (_flushScheduled) return Task.CompletedTask;
            _flushScheduled = true;
        }
        _ = FlushLaterAsync();
        return Task.CompletedTask;
    }

    private async Task FlushLaterAsync()
    {
        await Task.Delay(_debounce);
        List<QueueChanged> changes;
        lock (_lock)
        {
            (changes, _gathered, _flushScheduled) = (_gathered, [], false);
            if (_disposed) return;
        }
        try
        {
            await _invokeAsync(() => _onChanged(changes));
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between the change and the refresh.
        }
    }

    public void Dispose()
    {
        lock (_lock) _disposed = true;
        _subscription.Dispose();
    }
}
