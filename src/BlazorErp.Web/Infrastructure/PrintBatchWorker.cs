using BlazorErp.Core.Common;
using BlazorErp.Core.Realtime;
using BlazorErp.Core.Shipping;
using BlazorErp.Core.Shipping.Features;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Web.Infrastructure;

/// <summary>
/// Renders 生成中 print batches in the background, as "system": woken when a batch is created, and every few seconds
/// as a sweep (a batch left half-done by a restart is picked up again). Off with <c>Printing:Worker=false</c>.
/// </summary>
public sealed class PrintBatchWorker(IServiceScopeFactory scopes, IQueueNotifier notifier, ILogger<PrintBatchWorker> logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = notifier.Subscribe(batch =>
        {
            if (batch.Any(c => c.Queue == Queue.Print && c.Kind == QueueChangeKind.Added) && _wake.CurrentCount == 0) _wake.Release();
            return Task.CompletedTask;
        });
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = CurrentUser.System;
                await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync(stoppingToken);
                var pending = await db.Set<PrintBatch>().Where(b => b.Status == PrintBatchStatus.Generating).Select(b => b.Id).ToListAsync(stoppingToken);
                foreach (var id in pending)
                {
                    var generated = await scope.ServiceProvider.GetRequiredService<GeneratePrintBatch>().HandleAsync(id, stoppingToken);
                    if (!generated.Succeeded) logger.LogWarning("Print batch {Batch} failed: {Error}", id, generated.Error);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Print batch round failed");
            }
            try { await _wake.WaitAsync(TimeSpan.FromSeconds(5), stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }
}
