using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.AfterSales.Features;

/// <summary>The receiving desk's blind parcel: its tracking number, courier, where it goes, and every item barcode scanned out of it.</summary>
public sealed record BlindReturnInput(string TrackingNo, string? Courier, long ReturnWarehouseId, long? ShopId, IReadOnlyList<string> Scans);

/// <summary>
/// 无主件: a parcel came back with no registered case. The case is made from what was scanned (already received, waiting
/// for QC), to be matched to an order by buyer or phone — or left unmatched for later. A number with a case is that case's
/// parcel, not a blind one — unless the case was closed (the buyer sent it anyway): then the goods are booked this way.
/// </summary>
public sealed class RegisterBlindReturn(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result<long>> HandleAsync(BlindReturnInput input)
    {
        await using var db = await contexts.CreateDbContextAsync();
        if (AfterSalesCase.NormalizeTracking(input.TrackingNo) is { } tracking
            && await db.Set<AfterSalesCase>().AnyAsync(c => c.ReturnTrackingNo == tracking && c.Status != CaseStatus.Closed))
            return new Error("AfterSales.ParcelRegistered", tracking);
        if (await db.Set<Warehouse>().AsNoTracking().SingleOrDefaultAsync(w => w.Id == input.ReturnWarehouseId) is null)
            return Errors.NotFound("Warehouse " + input.ReturnWarehouseId);
        var lines = new List<CaseLine>();
        foreach (var scan in input.Scans.Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            if (await CaseGoods.FindSkuAsync(db, scan) is not { } sku) return new Error("Sku.UnknownCode", scan.Trim());
            var index = lines.FindIndex(x => x.SkuId == sku.Id);
            if (index >= 0) lines[index] = lines[index] with { Good = lines[index].Good + 1 };
            else lines.Add(new CaseLine(sku.Id, sku.MerchantCode, sku.Goods.Name, 0, 0, 0, Good: 1));
        }
        var blind = AfterSalesCase.Blind(input.ShopId, input.TrackingNo, input.Courier, input.ReturnWarehouseId, lines, currentUser.Name,
            clock.GetUtcNow().UtcDateTime);
        if (!blind.Succeeded) return blind.Error!;
        db.Add(blind.Value!);
        await db.SaveChangesAsync();
        return blind.Value!.Id;
    }

    /// <summary>The desk checks each scan as it comes: the SKU's merchant code, or why the code is not one of ours.</summary>
    public async Task<Result<string>> ItemAsync(string scan)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await CaseGoods.FindSkuAsync(db, scan) is { } sku ? sku.MerchantCode : new Error("Sku.UnknownCode", scan.Trim());
    }
}
