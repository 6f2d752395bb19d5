using BlazorErp.Core.Common;
using BlazorErp.Core.Realtime;

namespace BlazorErp.Web.Infrastructure;

/// <summary>
/// A background step that works as "system" whenever something enters its queue, and on a sweep interval besides (work
/// left by a restart, or changes that announce nothing). Its own saves only update, so they do not wake it again.
/// </summary>
public abstract class QueueDrivenWorker(IServiceScopeFactory scopes, IQueueNotifier notifier, ILogger logger, Queue queue, TimeSpan sweep)
    : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0);

    /// <summary>One round of work in a fresh scope acting as "system".</summary>
    protected abstract Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = notifier.Subscribe(batch =>
        {
            if (batch.Any(c => c.Queue == queue && c.Kind == QueueChangeKind.Added) && _wake.CurrentCount == 0) _wake.Release();
            return Task.CompletedTask;
        });
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = CurrentUser.System;
                await RunAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "{Worker} round failed", GetType().Name);
            }
            try { await _wake.WaitAsync(sweep, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }
}
