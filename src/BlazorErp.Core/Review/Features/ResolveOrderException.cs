using BlazorErp.Core.Common;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Review.Features;

/// <summary>处理异常: clears one reason; with none left the order is back in 待审核 (its checks re-run).</summary>
public sealed class ResolveOrderException(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result> HandleAsync(long orderId, long version, OrderFlags reason)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var loaded = await OrderEdits.LoadAsync(db, orderId, version, currentUser, clock.GetUtcNow().UtcDateTime);
        if (!loaded.Succeeded) return loaded.Error!;
        var resolved = loaded.Value!.ResolveException(reason);
        return resolved.Succeeded ? await OrderEdits.SaveAsync(db, loaded.Value) : resolved;
    }
}
