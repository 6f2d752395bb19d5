using BlazorErp.Core.Common;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Review.Features;

/// <summary>拆分订单: the given quantities per line move to a new linked order; both wait for review.</summary>
public sealed class SplitOrder(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result<long>> HandleAsync(long orderId, long version, IReadOnlyList<int> quantities)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var loaded = await OrderEdits.LoadAsync(db, orderId, version, currentUser, now);
        if (!loaded.Succeeded) return loaded.Error!;
        var split = loaded.Value!.SplitOff(quantities, now);
        if (!split.Succeeded) return split.Error!;
        db.Add(split.Value!);
        var saved = await OrderEdits.SaveAsync(db, loaded.Value, split.Value!);
        return saved.Succeeded ? split.Value!.Id : saved.Error!;
    }
}
