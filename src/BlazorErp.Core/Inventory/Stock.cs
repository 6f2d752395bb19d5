using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Inventory;

/// <summary>
/// The one way stock changes. Each change is a conditional atomic UPDATE (never read-modify-write), so
/// parallel clerks cannot oversell, plus a ledger entry in the same transaction. Callers own the
/// transaction: they begin it, call here, save their own changes, and commit — or roll back on failure,
/// which undoes every line already applied.
/// </summary>
public sealed class Stock(CurrentUser currentUser, TimeProvider clock)
{
    /// <summary>Hold stock for an approved order: available = on hand − reserved must cover it, unless the warehouse allows negative stock.</summary>
    public Task<Result> ReserveAsync(ErpDbContext db, long warehouseId, IEnumerable<StockLine> lines, StockDocumentRef document) =>
        ApplyAsync(db, warehouseId, lines, document, async (line, allowNegative) =>
        {
            var q = line.Quantity;
            var updated = await Level(db, warehouseId, line.SkuId)
                .Where(s => allowNegative || s.OnHand - s.Reserved >= q)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Reserved, s => s.Reserved + q));
            return updated == 1 ? [(StockBucket.Reserved, q)] : null;
        }, "Stock.Insufficient");

    /// <summary>Give a reservation back (order rejected, refunded, split away).</summary>
    public Task<Result> ReleaseAsync(ErpDbContext db, long warehouseId, IEnumerable<StockLine> lines, StockDocumentRef document) =>
        ApplyAsync(db, warehouseId, lines, document, async (line, _) =>
        {
            var q = line.Quantity;
            var updated = await Level(db, warehouseId, line.SkuId)
                .Where(s => s.Reserved >= q)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Reserved, s => s.Reserved - q));
            return updated == 1 ? [(StockBucket.Reserved, -q)] : null;
        }, "Stock.NotReserved");

    /// <summary>Ship reserved stock: on hand and reserved both drop.</summary>
    public Task<Result> DeductReservedAsync(ErpDbContext db, long warehouseId, IEnumerable<StockLine> lines, StockDocumentRef document) =>
        ApplyAsync(db, warehouseId, lines, document, async (line, allowNegative) =>
        {
            var q = line.Quantity;
            var updated = await Level(db, warehouseId, line.SkuId)
                .Where(s => s.Reserved >= q && (allowNegative || s.OnHand >= q))
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.OnHand, s => s.OnHand - q).SetProperty(s => s.Reserved, s => s.Reserved - q));
            return updated == 1 ? [(StockBucket.OnHand, -q), (StockBucket.Reserved, -q)] : null;
        }, "Stock.NotReserved");

    /// <summary>
    /// Post a document's movement: positive quantities come in, negative go out. Going out may not take
    /// stock that orders have reserved (available must cover it) unless the warehouse allows negative stock.
    /// </summary>
    public Task<Result> PostAsync(ErpDbContext db, long warehouseId, IEnumerable<StockLine> lines, StockDocumentRef document) =>
        ApplyAsync(db, warehouseId, lines, document, async (line, allowNegative) =>
        {
            var q = line.Quantity;
            var updated = await Level(db, warehouseId, line.SkuId)
                .Where(s => q >= 0 || allowNegative || s.OnHand - s.Reserved >= -q)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.OnHand, s => s.OnHand + q));
            return updated == 1 ? [(StockBucket.OnHand, q)] : null;
        }, "Stock.Insufficient");

    private delegate Task<(StockBucket Bucket, int Quantity)[]?> LineChange(StockLine line, bool allowNegative);

    private async Task<Result> ApplyAsync(ErpDbContext db, long warehouseId, IEnumerable<StockLine> lines,
        StockDocumentRef document, LineChange change, string failureCode)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Stock changes must run inside the caller's transaction.");
        var warehouse = await db.Set<Warehouse>().AsNoTracking().SingleOrDefaultAsync(w => w.Id == warehouseId);
        if (warehouse is null) return Errors.NotFound("Warehouse " + warehouseId);
        if (warehouse.Type == WarehouseType.RemoteAreaBucket) return new Error("Stock.BucketHoldsNoStock", warehouse.Name);

        // Merged per SKU and in SKU order: the same locking order for every caller avoids deadlocks on SQL Server.
        var merged = lines.GroupBy(l => l.SkuId).Select(g => new StockLine(g.Key, g.Sum(l => l.Quantity)))
            .Where(l => l.Quantity != 0).OrderBy(l => l.SkuId).ToList();
        if (merged.Count == 0) return Result.Ok();
        if (await NonStockSkusAsync(db, merged) is { } skuError) return skuError;

        var now = clock.GetUtcNow().UtcDateTime;
        await EnsureLevelsAsync(db, warehouseId, merged.Select(l => l.SkuId).ToList());
        foreach (var line in merged)
        {
            var moved = await change(line, warehouse.AllowNegativeStock);
            if (moved is null)
            {
                var level = await Level(db, warehouseId, line.SkuId).AsNoTracking().SingleAsync();
                var code = await db.Set<Sku>().Where(s => s.Id == line.SkuId).Select(s => s.MerchantCode).SingleAsync();
                return new Error(failureCode, code, warehouse.Name, Math.Abs(line.Quantity), level.Available, level.Reserved);
            }
            foreach (var (bucket, quantity) in moved)
                db.Add(new StockLedgerEntry(now, warehouseId, line.SkuId, bucket, quantity, document, currentUser.Name));
        }
        return Result.Ok();
    }

    /// <summary>Combos hold no stock of their own (callers expand them) and unknown SKUs are refused.</summary>
    private static async Task<Error?> NonStockSkusAsync(ErpDbContext db, List<StockLine> lines)
    {
        var ids = lines.Select(l => l.SkuId).ToList();
        var skus = await db.Set<Sku>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync();
        if (ids.FirstOrDefault(id => skus.All(s => s.Id != id)) is var missing and not 0) return Errors.NotFound("Sku " + missing);
        return skus.FirstOrDefault(s => s.IsCombo) is { } combo ? new Error("Stock.ComboHasNoStock", combo.MerchantCode) : null;
    }

    private static IQueryable<StockLevel> Level(ErpDbContext db, long warehouseId, long skuId) =>
        db.Set<StockLevel>().Where(s => s.WarehouseId == warehouseId && s.SkuId == skuId);

    /// <summary>
    /// The first movement of a SKU in a warehouse creates its (zero) level row, inside the caller's transaction
    /// (which also flushes what the caller has staged so far — harmless, it commits or rolls back with the rest).
    /// One query and at most one save for all lines.
    /// </summary>
    private static async Task EnsureLevelsAsync(ErpDbContext db, long warehouseId, List<long> skuIds)
    {
        var existing = await db.Set<StockLevel>().Where(s => s.WarehouseId == warehouseId && skuIds.Contains(s.SkuId)).Select(s => s.SkuId).ToListAsync();
        var missing = skuIds.Except(existing).ToList();
        if (missing.Count == 0) return;
        db.AddRange(missing.Select(skuId => new StockLevel(warehouseId, skuId)));
        await db.SaveChangesAsync();
    }
}
