using BlazorErp.Core.Common;
using BlazorErp.Core.Realtime;
using BlazorErp.Core.Shipping;
using BlazorErp.Core.Shipping.Features;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Web.Infrastructure;

/// <summary>
/// Renders 生成中 print batches in the background: woken when a batch is created, and every few seconds as a sweep
/// (a batch left half-done by a restart is picked up again). Off with <c>Printing:Worker=false</c>.
/// </summary>
public sealed class PrintBatchWorker(IServiceScopeFactory scopes, IQueueNotifier notifier, ILogger<PrintBatchWorker> logger)
    : QueueDrivenWorker(scopes, notifier, logger, Queue.Print, TimeSpan.FromSeconds(5))
{
    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync(cancellationToken);
        var pending = await db.Set<PrintBatch>().Where(b => b.Status == PrintBatchStatus.Generating).Select(b => b.Id).ToListAsync(cancellationToken);
        foreach (var id in pending)
        {
            var generated = await services.GetRequiredService<GeneratePrintBatch>().HandleAsync(id, cancellationToken);
            if (!generated.Succeeded) logger.LogWarning("Print batch {Batch} failed: {Error}", id, generated.Error);
        }
    }
}
