using System.Diagnostics;
using System.Text;
using BlazorErp.Core.Finance;
using BlazorErp.Core.Finance.Features;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.Benchmarks;

/// <summary>
/// 担保交易对帐 at scale: N shipped trades booked in the journal (receivable per trade, as 称重发货 posts them; written in bulk
/// here), then an N-line Alipay statement in GBK — 90% settled exactly, 5% short, 5% trades we never had; 5% of ours
/// missing from it — read, matched, stored, viewed, confirmed, and imported again. Reports lines/s per step and checks
/// the books after (receivable left = the shortfalls + the unsettled, balances = sum of lines).
/// </summary>
public sealed class ReconcileScenario : IScenario
{
    public string Description => "escrow statement of N lines matched against N shipped trades: lines/s per step";
    public int DefaultSize => 100_000;

    public async Task<ResultTable> RunAsync(int size)
    {
        await using var erp = await InProcessErp.CreateAsync();
        long shopId, courierId, bank;
        await using (var scope = erp.Scope("admin"))
        {
            var sp = scope.ServiceProvider;
            shopId = (await sp.GetRequiredService<SaveShop>().HandleAsync(new ShopInput { Name = "对帐压测店", Platform = Platform.Taobao })).Value;
            courierId = (await sp.GetRequiredService<SaveCourier>().HandleAsync(new CourierInput { Code = "ZTO", Name = "中通快递", Rates = [new RateInput(null, 1, 5, 2)] })).Value;
            bank = (await sp.GetRequiredService<SaveMoneyAccount>().HandleAsync(new MoneyAccountInput { Name = "支付宝", Kind = MoneyAccountKind.Platform })).Value;
        }

        // The books: one entry per shipped trade (receivable, sale, freight, courier payable), as the shipping posting writes them.
        var random = new Random(7);
        var trades = Enumerable.Range(0, size).Select(i => (Tid: 5_000_000_000_000L + i, Amount: Math.Round(20m + (decimal)random.NextDouble() * 300m, 2))).ToList();
        var seeding = Stopwatch.StartNew();
        var shippedOn = Books.ChinaDate(DateTime.UtcNow).AddDays(-20);
        foreach (var chunk in trades.Chunk(10_000))
        {
            await using var db = await erp.DbAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var (tid, amount) in chunk)
                db.Add(JournalEntry.Create(shippedOn, JournalSource.Shipment, tid, "ZT" + tid, "bench", DateTime.UtcNow,
                [
                    JournalLine.Dr(LedgerAccount.ShopEscrowReceivable, amount, Party.Shop(shopId), tid.ToString()), JournalLine.Cr(LedgerAccount.SalesRevenue, amount),
                    JournalLine.Dr(LedgerAccount.FreightExpense, 7m), JournalLine.Cr(LedgerAccount.CourierFreightPayable, 7m, Party.Courier(courierId), "ZT" + tid),
                ]).Value!);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        await using (var db = await erp.DbAsync())
        {
            // The balances the bulk entries moved, in one go (the posting path keeps them entry by entry).
            await using var transaction = await db.Database.BeginTransactionAsync();
            var total = trades.Sum(t => t.Amount);
            db.AddRange(new[] { (LedgerAccount.ShopEscrowReceivable, Party.Shop(shopId)), (LedgerAccount.SalesRevenue, Party.None),
                (LedgerAccount.FreightExpense, Party.None), (LedgerAccount.CourierFreightPayable, Party.Courier(courierId)) }
                .Select(k => new LedgerBalance(k.Item1, k.Item2)));
            await db.SaveChangesAsync();
            async Task Move(LedgerAccount account, long partyId, decimal debit, decimal credit) =>
                await db.Set<LedgerBalance>().Where(b => b.Account == account && b.PartyId == partyId)
                    .ExecuteUpdateAsync(u => u.SetProperty(b => b.Debit, debit).SetProperty(b => b.Credit, credit));
            await Move(LedgerAccount.ShopEscrowReceivable, shopId, total, 0);
            await Move(LedgerAccount.SalesRevenue, 0, 0, total);
            await Move(LedgerAccount.FreightExpense, 0, 7m * size, 0);
            await Move(LedgerAccount.CourierFreightPayable, courierId, 0, 7m * size);
            await transaction.CommitAsync();
        }
        var seeded = seeding.Elapsed;

        // The statement: 90% exact, 5% short by a random amount, 5% unknown trades; the last 5% of ours left off.
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var csv = new StringBuilder("订单号,下单时间,金额,服务费,结算时间\r\n");
        var onStatement = trades.Take(size - size / 20).ToList();
        var (exact, shortPaid, unknown) = (0, 0, 0);
        for (var i = 0; i < onStatement.Count; i++)
        {
            var (tid, amount) = onStatement[i];
            var kind = i % 20;
            if (kind == 0) { tid += 90_000_000_000; unknown++; }
            else if (kind == 1) { amount -= Math.Round((decimal)random.NextDouble() * 5m + 0.01m, 2); shortPaid++; }
            else exact++;
            csv.Append(tid).Append(",2026-10-01 10:00:00,").Append(amount.ToString("0.00")).Append(',').Append((amount * 0.006m).ToString("0.00"))
                .Append(",2026-10-12 08:00:00\r\n");
        }
        var file = gbk.GetBytes(csv.ToString());
        var lines = onStatement.Count;
        var table = new ResultTable("step", "lines", "time", "lines/s", "result");

        var clock = Stopwatch.StartNew();
        var parsed = StatementSheet.Read(new MemoryStream(file), "alipay.csv", StatementKind.Escrow);
        table.Add("read GBK CSV (parse, check rows)", lines, clock.Elapsed, lines / clock.Elapsed.TotalSeconds, parsed.Succeeded ? $"{file.Length / 1024 / 1024.0:0.0} MB" : "FAILED");

        await using (var db = await erp.DbAsync())
        {
            clock.Restart();
            var items = await Books.OpenItemsAsync(db, LedgerAccount.ShopEscrowReceivable, Party.Shop(shopId));
            var loaded = clock.Elapsed;
            clock.Restart();
            var matches = StatementMatching.MatchAll(StatementKind.Escrow, parsed.Rows, items);
            table.Add("load open items (journal → per trade)", items.Count, loaded, items.Count / loaded.TotalSeconds, "");
            table.Add("match in memory", lines, clock.Elapsed, lines / clock.Elapsed.TotalSeconds,
                $"{matches.Count(m => m.Outcome == StatementOutcome.Matched)} / {matches.Count(m => m.Outcome == StatementOutcome.Differs)} / {matches.Count(m => m.Outcome == StatementOutcome.Unknown)}");
        }

        StatementImportResult imported;
        await using (var scope = erp.Scope("finance"))
        {
            clock.Restart();
            imported = await scope.ServiceProvider.GetRequiredService<ImportStatement>().HandleAsync(new StatementImportInput(StatementKind.Escrow, shopId, "alipay.csv"), new MemoryStream(file));
            table.Add("import (read + match + store)", lines, clock.Elapsed, lines / clock.Elapsed.TotalSeconds, imported.Succeeded ? $"{imported.NewLines} new" : "FAILED");
        }
        await using (var scope = erp.Scope("finance"))
        {
            clock.Restart();
            var view = (await scope.ServiceProvider.GetRequiredService<ViewStatement>().HandleAsync(imported.StatementId!.Value, 15)).Value!;
            table.Add("view four lists (live re-match)", lines, clock.Elapsed, lines / clock.Elapsed.TotalSeconds,
                $"{view.Matched.Count} / {view.Differs.Count} / {view.Unknown.Count} / {view.Missing.Count} missing"
                + (view.Matched.Count == exact && view.Differs.Count == shortPaid && view.Unknown.Count == unknown && view.Missing.Count == size / 20 + unknown ? "" : " WRONG"));
        }
        await using (var scope = erp.Scope("finance"))
        {
            clock.Restart();
            var confirmed = await scope.ServiceProvider.GetRequiredService<ConfirmStatement>().HandleAsync(imported.StatementId!.Value, bank);
            table.Add("confirm (re-match + post one entry)", lines, clock.Elapsed, lines / clock.Elapsed.TotalSeconds,
                confirmed.Succeeded ? $"{confirmed.Value!.PostedLines} lines posted" : "FAILED " + confirmed.Error);
        }
        await using (var scope = erp.Scope("finance"))
        {
            clock.Restart();
            var again = await scope.ServiceProvider.GetRequiredService<ImportStatement>().HandleAsync(new StatementImportInput(StatementKind.Escrow, shopId, "alipay.csv"), new MemoryStream(file));
            table.Add("import the same file again", lines, clock.Elapsed, lines / clock.Elapsed.TotalSeconds, again.NewLines == 0 ? "0 new (idempotent)" : "NOT IDEMPOTENT");
        }

        await using (var check = await erp.DbAsync())
        {
            var receivable = await check.Set<LedgerBalance>().AsNoTracking().SingleAsync(b => b.Account == LedgerAccount.ShopEscrowReceivable && b.PartyId == shopId);
            var items = await Books.OpenItemsAsync(check, LedgerAccount.ShopEscrowReceivable, Party.Shop(shopId));
            var open = items.Values.Sum(i => i.Open);
            table.Add("books after", size, seeded, size / seeded.TotalSeconds,
                $"receivable {receivable.Net:N2} = open items {open:N2}: {(receivable.Net == open ? "yes" : "NO")} (seeding time shown)");
        }
        return table;
    }
}
