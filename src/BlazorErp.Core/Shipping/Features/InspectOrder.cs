using BlazorErp.Core.Common;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Shipping.Features;

/// <summary>
/// 验货出库 confirmed: the station's scans are replayed against the parcel on the server; only a complete,
/// clean inspection moves the order to 已验货.
/// </summary>
public sealed class InspectOrder(IDbContextFactory<ErpDbContext> contexts, FindParcel findParcel, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result> HandleAsync(long orderId, long version, IReadOnlyList<string> scans)
    {
        var parcel = await findParcel.HandleAsync(orderId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!parcel.Succeeded) return parcel.Error!;
        var inspection = new Inspection(parcel.Value!.Items);
        foreach (var scan in scans)
            if (inspection.Scan(scan).Outcome is ScanOutcome.WrongItem or ScanOutcome.TooMany) return new Error("Inspection.WrongScan", scan);
        if (!inspection.IsComplete) return new Error("Inspection.Incomplete");

        await using var db = await contexts.CreateDbContextAsync();
        var order = await db.Set<Order>().SingleAsync(o => o.Id == orderId);
        if (order.Version != version) return Errors.ConcurrencyConflict(null);
        var inspected = order.Inspect(currentUser.Name, clock.GetUtcNow().UtcDateTime);
        if (!inspected.Succeeded) return inspected;
        await db.SaveChangesAsync();
        return Result.Ok();
    }
}
