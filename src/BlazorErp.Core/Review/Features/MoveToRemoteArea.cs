using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Review.Features;

/// <summary>移至超区: parks an order in the remote-area bucket (超区订单) instead of approving it.</summary>
public sealed class MoveToRemoteArea(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result> HandleAsync(long orderId, long version)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var bucket = await db.Set<Warehouse>().Where(w => w.Type == WarehouseType.RemoteAreaBucket && w.Enabled).OrderBy(w => w.Id)
            .Select(w => (long?)w.Id).FirstOrDefaultAsync();
        if (bucket is null) return new Error("Review.NoRemoteBucket");
        var loaded = await OrderEdits.LoadAsync(db, orderId, version, currentUser, clock.GetUtcNow().UtcDateTime);
        if (!loaded.Succeeded) return loaded.Error!;
        var moved = loaded.Value!.MoveToRemoteArea(bucket.Value);
        return moved.Succeeded ? await OrderEdits.SaveAsync(db, loaded.Value) : moved;
    }
}
