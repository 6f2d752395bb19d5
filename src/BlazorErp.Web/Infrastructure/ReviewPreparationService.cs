using BlazorErp.Core.Realtime;
using BlazorErp.Core.Review.Features;

namespace BlazorErp.Web.Infrastructure;

/// <summary>
/// Runs <see cref="PrepareForReview"/> as soon as orders enter the review queue (downloaded, entered by hand, imported,
/// merged back), and every half minute as a sweep. Off with <c>Review:AutoPrepare=false</c> (tests that want to see
/// orders before the rules and checks ran).
/// </summary>
public sealed class ReviewPreparationService(IServiceScopeFactory scopes, IQueueNotifier notifier, ILogger<ReviewPreparationService> logger)
    : QueueDrivenWorker(scopes, notifier, logger, Queue.Review, TimeSpan.FromSeconds(30))
{
    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var summary = await services.GetRequiredService<PrepareForReview>().HandleAsync(cancellationToken);
        if (summary.Checked > 0)
            logger.LogInformation("Prepared {Checked} orders for review: {Parked} to 超区, {Approved} auto-approved",
                summary.Checked, summary.ParkedInRemoteArea, summary.AutoApproved);
    }
}
