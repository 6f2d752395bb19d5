using BlazorErp.Core.Common;
using BlazorErp.Core.Realtime;
using BlazorErp.Core.Review.Features;

namespace BlazorErp.Web.Infrastructure;

/// <summary>
/// Runs <see cref="PrepareForReview"/> as "system" as soon as orders enter or change in the review queue
/// (downloaded, entered by hand, imported, merged back), and every half minute as a sweep. Off with
/// <c>Review:AutoPrepare=false</c> (tests that want to see orders before the rules and checks ran).
/// </summary>
public sealed class ReviewPreparationService(IServiceScopeFactory scopes, IQueueNotifier notifier, ILogger<ReviewPreparationService> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Our own saves announce changes too; only additions wake us, so preparing does not wake itself forever.
        using var subscription = notifier.Subscribe(batch =>
        {
            if (batch.Any(c => c.Queue == Queue.Review && c.Kind == QueueChangeKind.Added) && _wake.CurrentCount == 0) _wake.Release();
            return Task.CompletedTask;
        });
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = CurrentUser.System;
                var summary = await scope.ServiceProvider.GetRequiredService<PrepareForReview>().HandleAsync(stoppingToken);
                if (summary.Checked > 0)
                    logger.LogInformation("Prepared {Checked} orders for review: {Parked} to 超区, {Approved} auto-approved",
                        summary.Checked, summary.ParkedInRemoteArea, summary.AutoApproved);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Preparing orders for review failed");
            }
            try { await _wake.WaitAsync(TimeSpan.FromSeconds(30), stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }
}
