using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Shipping.Features;

public sealed record PrintBatchRow(long Id, string Courier, int Orders, PrintBatchStatus Status, int Rendered, string CreatedBy, DateTime CreatedAtUtc,
    string? PrintedBy, DateTime? PrintedAtUtc, IReadOnlyList<Reprint> Reprints, IReadOnlyList<WithdrawnOrder> Withdrawn, string? Error);

public sealed record PrintableOrder(long Id, string Shop, string Receiver, string Goods, decimal Paid);

/// <summary>The print queue: recent batches, newest first; and the approved orders of a courier still waiting for a batch.</summary>
public sealed class ListPrintBatches(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<IReadOnlyList<PrintBatchRow>> HandleAsync(int take = 100)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var couriers = await db.Set<Courier>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name);
        var batches = await db.Set<PrintBatch>().AsNoTracking().OrderByDescending(b => b.Id).Take(take).ToListAsync();
        return batches.Select(b => new PrintBatchRow(b.Id, couriers.GetValueOrDefault(b.CourierId, ""), b.OrderIds.Count, b.Status, b.Rendered, b.CreatedBy,
            b.CreatedAtUtc, b.PrintedBy, b.PrintedAtUtc, b.Reprints, b.Withdrawn, b.Error)).ToList();
    }

    public async Task<IReadOnlyList<PrintableOrder>> PrintableAsync(long courierId, long? shopId, long? warehouseId, int take = 500)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var shops = await db.Set<Shop>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name);
        var orders = await db.Set<Order>().AsNoTracking()
            .Where(o => o.Status == OrderStatus.Approved && o.Flags == OrderFlags.None && o.TrackingNo == null && o.CourierId == courierId
                && (shopId == null || o.ShopId == shopId) && (warehouseId == null || o.WarehouseId == warehouseId))
            .OrderBy(o => o.Id).Take(take).ToListAsync();
        return orders.Select(o => new PrintableOrder(o.Id, shops.GetValueOrDefault(o.ShopId, ""), $"{o.Receiver.Name} {o.Receiver.State}{o.Receiver.City}",
            string.Join("；", o.Lines.Select(l => $"{l.MerchantCode ?? l.Title}×{l.Quantity}")), o.Paid)).ToList();
    }

    public async Task<PrintBatchFile?> FileAsync(long batchId, PrintFileKind kind)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Set<PrintBatchFile>().AsNoTracking().SingleOrDefaultAsync(f => f.BatchId == batchId && f.Kind == kind);
    }
}
