using BlazorErp.Core.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace BlazorErp.Web.Realtime;

/// <summary>Forwards every published batch to the hub groups of the queues it concerns.</summary>
public sealed class QueueHubBridge(IQueueNotifier notifier, IHubContext<QueueHub> hub) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = notifier.Subscribe(async batch =>
        {
            foreach (var queue in batch.GroupBy(c => c.Queue))
                await hub.Clients.Group(QueueHub.Group(queue.Key)).SendAsync(QueueHub.Method, queue.ToList());
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
