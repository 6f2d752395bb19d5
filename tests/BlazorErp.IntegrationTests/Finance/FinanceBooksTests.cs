using System.Net;
using BlazorErp.Core.Common.Auditing;
using BlazorErp.Core.Finance;
using BlazorErp.Core.Finance.Features;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace BlazorErp.IntegrationTests.Finance;

/// <summary>现金银行 and 应收应付: receipts and payments against parties, reversal rules, ageing and the party statement.</summary>
public sealed class FinanceBooksTests(ErpFactory app) : IClassFixture<ErpFactory>
{
    private static int _worlds;

    private Task<Core.Common.Result<long>> MoveAsync(CashMovementInput input) =>
        FinanceWorld.AsFinance(app, sp => sp.GetRequiredService<RecordCashMovement>().HandleAsync(input));

    [Fact]
    public async Task Receipts_and_payments_move_cash_and_the_party_and_a_clerks_entry_is_reversed_once()
    {
        var supplier = (await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveSupplier>().HandleAsync(new SupplierInput(null, "GYS-B", "湖北水产", null, null, null, null)))).Value;
        var bank = await FinanceWorld.MoneyAccountAsync(app, "工行基本户", MoneyAccountKind.Bank, 10_000m);

        var paid = await MoveAsync(new CashMovementInput
        {
            Direction = CashDirection.Payment, MoneyAccountId = bank, Account = LedgerAccount.SupplierPayable, PartyId = supplier, Amount = 2_500m, Memo = "付货款",
        });

        Assert.True(paid.Succeeded, paid.Error?.ToString());
        Assert.Equal((7_500m, 7_500m), await FinanceWorld.BalanceAsync(app, LedgerAccount.CashBank, Party.Money(bank)));
        Assert.Equal((2_500m, 2_500m), await FinanceWorld.BalanceAsync(app, LedgerAccount.SupplierPayable, Party.Supplier(supplier))); // paid in advance: payable −2,500
        Assert.Equal("Cash.AmountNotPositive", (await MoveAsync(new CashMovementInput { MoneyAccountId = bank, Account = LedgerAccount.OtherIncome, Amount = 0, Memo = "x" })).Error?.Code);
        Assert.Equal("Cash.PartyRequired", (await MoveAsync(new CashMovementInput { MoneyAccountId = bank, Account = LedgerAccount.CustomerReceivable, Amount = 1, Memo = "x" })).Error?.Code);
        Assert.Equal("Cash.AccountNotAllowed", (await MoveAsync(new CashMovementInput { MoneyAccountId = bank, Account = LedgerAccount.SalesRevenue, Amount = 1, Memo = "x" })).Error?.Code);

        var reversed = await FinanceWorld.AsFinance(app, sp => sp.GetRequiredService<ReverseJournalEntry>().HandleAsync(paid.Value, "付错供应商"));
        Assert.True(reversed.Succeeded, reversed.Error?.ToString());
        Assert.Equal((10_000m, 10_000m), await FinanceWorld.BalanceAsync(app, LedgerAccount.CashBank, Party.Money(bank)));
        Assert.Equal("Journal.AlreadyReversed", (await FinanceWorld.AsFinance(app, sp => sp.GetRequiredService<ReverseJournalEntry>().HandleAsync(paid.Value, "再冲"))).Error?.Code);
        Assert.Equal("Journal.IsReversal", (await FinanceWorld.AsFinance(app, sp => sp.GetRequiredService<ReverseJournalEntry>().HandleAsync(reversed.Value, "冲回"))).Error?.Code);
        var journal = await FinanceWorld.AsFinance(app, sp => sp.GetRequiredService<ListJournal>().HandleAsync(new JournalQuery(MoneyAccountId: bank)));
        Assert.Equal(3, journal.Total); // opening, payment, its reversal
        Assert.False(journal.Rows.Single(r => r.Id == paid.Value).CanReverse);
        Assert.Equal("湖北水产", journal.Rows.Single(r => r.Id == paid.Value).Lines.Single(l => l.Account == LedgerAccount.SupplierPayable).PartyName);
    }

    [Fact]
    public async Task A_shipments_entry_is_reversed_by_reversing_the_shipment_not_by_hand()
    {
        var world = await FinanceWorld.CreateAsync(app, "B" + Interlocked.Increment(ref _worlds));
        await world.ShippedAsync(app, 1);
        await using var db = await app.DbAsync();
        var entry = await db.Set<JournalEntry>().Where(e => e.SourceKind == JournalSource.Shipment).OrderByDescending(e => e.Id).FirstAsync();
        var refused = await FinanceWorld.AsFinance(app, sp => sp.GetRequiredService<ReverseJournalEntry>().HandleAsync(entry.Id, "手工冲"));
        Assert.Equal("Journal.ReverseTheSource", refused.Error?.Code);
    }

    [Fact]
    public async Task Receivables_are_aged_per_party_money_on_account_settles_the_oldest_and_the_statement_exports_to_xlsx()
    {
        var world = await FinanceWorld.CreateAsync(app, "B" + Interlocked.Increment(ref _worlds));
        var shipped = await world.ShippedAsync(app, 3); // 65 元 each, booked today
        var bank = await FinanceWorld.MoneyAccountAsync(app, "支付宝-账龄-" + world.ShopId);
        await MoveAsync(new CashMovementInput
        {
            Direction = CashDirection.Receipt, MoneyAccountId = bank, Account = LedgerAccount.ShopEscrowReceivable, PartyId = world.ShopId, Amount = 65m,
            Reference = shipped[1].Tid.ToString(), Memo = "支付宝单笔到账",
        });
        await MoveAsync(new CashMovementInput
        {
            Direction = CashDirection.Receipt, MoneyAccountId = bank, Account = LedgerAccount.ShopEscrowReceivable, PartyId = world.ShopId, Amount = 30m, Memo = "平台打款",
        });

        var rows = await FinanceWorld.AsFinance(app, sp => sp.GetRequiredService<ListReceivables>().HandleAsync(LedgerAccount.ShopEscrowReceivable));
        var shop = rows.Single(r => r.Party == Party.Shop(world.ShopId));
        Assert.Equal((100m, new Ageing(100m, 0, 0, 0)), (shop.Balance, shop.Ageing)); // 3 × 65 − 65 − 30
        var courier = (await FinanceWorld.AsFinance(app, sp => sp.GetRequiredService<ListReceivables>().HandleAsync(LedgerAccount.CourierFreightPayable)))
            .Single(r => r.Party == Party.Courier(world.CourierId));
        Assert.Equal((21m, true), (courier.Balance, courier.IsPayable));

        var today = Books.ChinaDate(DateTime.UtcNow);
        var client = await app.SignedInAsync("finance");
        var response = await client.GetAsync($"/finance/receivables/statement?account=ShopEscrowReceivable&partyKind=Shop&partyId={world.ShopId}&from={today.AddDays(-7):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sheet = (await response.Content.ReadAsByteArrayAsync()).AsSpan().ToArray();
        var lines = new MemoryStream(sheet).Query(useHeaderRow: true, sheetName: "对账单").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2 + 5, lines.Count); // opening, 3 shipments, 2 receipts, closing
        Assert.Equal("期初余额", lines[0]["来源"]);
        Assert.Equal((100d, "期末余额"), (Convert.ToDouble(lines[^1]["余额"]), lines[^1]["来源"]));
        var denied = await (await app.SignedInAsync("warehouse")).GetAsync($"/finance/receivables/statement?account=ShopEscrowReceivable&partyKind=Shop&partyId={world.ShopId}&from=2026-01-01&to=2026-12-31");
        Assert.Contains("/account/access-denied", denied.Headers.Location?.ToString()); // the warehouse does not read the books
    }

    [Fact]
    public async Task Confirming_a_statement_is_audited_with_who_and_the_status_before_and_after()
    {
        var world = await FinanceWorld.CreateAsync(app, "B" + Interlocked.Increment(ref _worlds));
        var parcels = await world.ShippedAsync(app, 1, cashOnDelivery: true);
        var bank = await FinanceWorld.MoneyAccountAsync(app, "现金-审计-" + world.ShopId, MoneyAccountKind.Cash);
        var imported = await FinanceWorld.ImportAsync(app, StatementKind.Cod, world.CourierId,
            FinanceWorld.Csv(System.Text.Encoding.UTF8, false, "物流单号,代收金额", $"{parcels[0].TrackingNo},65"), "r.csv");
        await FinanceWorld.AsFinance(app, sp => sp.GetRequiredService<ConfirmStatement>().HandleAsync(imported.StatementId!.Value, bank));

        await using var db = await app.DbAsync();
        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(Statement) && a.EntityKey == imported.StatementId.ToString()).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([AuditAction.Added, AuditAction.Modified, AuditAction.Modified], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("finance", a.UserName));
        Assert.Contains("\"Status\":{\"before\":\"Imported\",\"after\":\"Confirmed\"}", audit[1].Changes);
    }
}
