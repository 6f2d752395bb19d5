using BlazorErp.Core.Realtime;
using BlazorErp.Core.Shipping.Features;

namespace BlazorErp.Web.Infrastructure;

/// <summary>Pulls refunded orders out of the warehouse stations as soon as the 退款 exception appears, and on a sweep.</summary>
public sealed class RefundWithdrawalWorker(IServiceScopeFactory scopes, IQueueNotifier notifier, ILogger<RefundWithdrawalWorker> logger)
    : QueueDrivenWorker(scopes, notifier, logger, Queue.Exceptions, TimeSpan.FromSeconds(30))
{
    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var withdrawn = await services.GetRequiredService<WithdrawRefundedOrders>().HandleAsync(cancellationToken);
        if (withdrawn > 0) logger.LogInformation("Pulled {Count} refunded orders back from the warehouse", withdrawn);
    }
}
