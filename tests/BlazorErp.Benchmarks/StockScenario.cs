using System.Diagnostics;
using BlazorErp.Core.Common;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.Inventory.Features;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.Benchmarks;

/// <summary>
/// Parallel reservations against limited stock: 1,000 SKUs with 8 on hand each, N single-unit reservation
/// attempts spread over them (about 10 per SKU, so many must be refused), 8 at a time, each in its own
/// transaction through the Stock service. Reports throughput and checks nothing was oversold.
/// </summary>
public sealed class StockScenario : IScenario
{
    private const int Skus = 1_000, OnHandEach = 8, Workers = 32;

    public string Description => "parallel reserve attempts over 1,000 SKUs with limited stock: reservations/s, oversold count";
    public int DefaultSize => 10_000;

    public async Task<ResultTable> RunAsync(int size)
    {
        await using var erp = await InProcessErp.CreateAsync();
        var (warehouseId, skuIds) = await StockedAsync(erp);

        var random = new Random(42);
        var attempts = Enumerable.Range(0, size).Select(_ => skuIds[random.Next(skuIds.Count)]).ToArray();
        var succeeded = 0;
        var refused = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) is var i && i < attempts.Length)
            {
                await using var scope = erp.Scope("clerk");
                var stock = scope.ServiceProvider.GetRequiredService<Stock>();
                await using var db = await erp.DbAsync();
                await using var transaction = await db.Database.BeginTransactionAsync();
                var result = await stock.ReserveAsync(db, warehouseId, [new StockLine(attempts[i], 1)],
                    new StockDocumentRef(StockDocumentType.OrderReservation, i + 1, "B" + i));
                if (result.Succeeded)
                {
                    await db.SaveChangesAsync();
                    await transaction.CommitAsync();
                    Interlocked.Increment(ref succeeded);
                }
                else Interlocked.Increment(ref refused);
            }
        })));
        var elapsed = clock.Elapsed;

        await using var check = await erp.DbAsync();
        var levels = await check.Set<StockLevel>().AsNoTracking().ToListAsync();
        var oversold = levels.Count(l => l.Reserved > l.OnHand);
        var ledgerReserved = await check.Set<StockLedgerEntry>().Where(e => e.Bucket == StockBucket.Reserved).SumAsync(e => e.Quantity);
        var expectedSucceeded = attempts.GroupBy(a => a).Sum(g => Math.Min(g.Count(), OnHandEach));

        var table = new ResultTable("attempts", "workers", "reserved", "refused", "expected reserved", "oversold SKUs",
            "ledger = reserved", "attempts/s", "reservations/s");
        table.Add(size, Workers, succeeded, refused, expectedSucceeded, oversold, ledgerReserved == levels.Sum(l => l.Reserved) ? "yes" : "NO",
            size / elapsed.TotalSeconds, succeeded / elapsed.TotalSeconds);
        if (oversold > 0) table.Failures.Add($"{oversold} SKUs oversold");
        if (succeeded != expectedSucceeded) table.Failures.Add($"{succeeded} reserved, {expectedSucceeded} expected");
        if (ledgerReserved != levels.Sum(l => l.Reserved)) table.Failures.Add("the ledger's reserved differs from the stock levels");
        return table;
    }

    private static async Task<(long WarehouseId, List<long> SkuIds)> StockedAsync(InProcessErp erp)
    {
        await using var scope = erp.Scope("admin");
        var sp = scope.ServiceProvider;
        var warehouseId = (await sp.GetRequiredService<SaveWarehouse>().HandleAsync(new WarehouseInput { Code = "BD", Name = "本地仓库" })).Value;
        await using (var db = await erp.DbAsync())
        {
            var goods = new Goods("压测货品", "压测", null, null);
            for (var i = 0; i < Skus; i++) goods.AddSku(new SkuDetails($"BENCH-{i:0000}", null, [], 10, 5, 3, 100));
            db.Add(goods);
            await db.SaveChangesAsync();
        }
        var lines = Enumerable.Range(0, Skus).Select(i => new StockDocumentLineInput($"BENCH-{i:0000}", OnHandEach, 3)).ToList();
        var documentId = (await sp.GetRequiredService<CreateStockDocument>().HandleAsync(
            new StockDocumentInput(StockDocumentType.OpeningBalance, warehouseId, null, lines))).Value;
        var audited = await sp.GetRequiredService<AuditStockDocument>().HandleAsync(documentId);
        if (!audited.Succeeded) throw new InvalidOperationException(audited.Error!.ToString());
        await using var read = await erp.DbAsync();
        return (warehouseId, await read.Set<Sku>().Select(s => s.Id).ToListAsync());
    }
}
