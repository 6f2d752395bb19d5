using BlazorErp.Core.Common;
using BlazorErp.Core.Finance;
using BlazorErp.Core.Finance.Features;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Core.Shipping.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.IntegrationTests.Finance;

/// <summary>
/// The books' invariants under any sequence of postings, on the real database: seeded random sequences of receipts,
/// payments, opening balances, reversals (some refused), shipments and their reversals — four clerks at once — after which
/// every entry balances, every stored balance equals the sum of its lines, and debits equal credits overall.
/// </summary>
public sealed class JournalPropertyTests(ErpFactory app) : IClassFixture<ErpFactory>
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Any_sequence_of_postings_and_reversals_keeps_the_journal_balanced_and_balances_equal_to_their_lines(int seed)
    {
        var world = await FinanceWorld.CreateAsync(app, "J" + seed);
        var supplier = (await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveSupplier>().HandleAsync(new SupplierInput(null, "GYS" + seed, "供应商" + seed, null, null, null, null)))).Value;
        var customer = (await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveCustomer>().HandleAsync(
            new CustomerInput(null, Platform.OfflineStore, "分销商" + seed, "分销商" + seed, CustomerCategory.Distributor, null, null, [])))).Value;
        var money = new[]
        {
            await FinanceWorld.MoneyAccountAsync(app, $"现金{seed}", MoneyAccountKind.Cash, 1_000m),
            await FinanceWorld.MoneyAccountAsync(app, $"银行{seed}", MoneyAccountKind.Bank, -250.5m),
        };
        var parcels = await world.PrintedAsync(app, 12);
        var partyOf = new Dictionary<PartyKind, long>
        {
            [PartyKind.Shop] = world.ShopId, [PartyKind.Courier] = world.CourierId, [PartyKind.Supplier] = supplier, [PartyKind.Customer] = customer,
        };
        var random = new Random(seed);
        var operations = Enumerable.Range(0, 80).Select(_ => random.Next(100)).ToList();
        var amounts = Enumerable.Range(0, 80).Select(_ => Math.Round((decimal)random.NextDouble() * 5_000m, 2) + 0.01m).ToList();
        var picks = Enumerable.Range(0, 80).Select(_ => random.Next(1_000)).ToList();
        var next = -1;
        var shippedIndex = -1;

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) is var i && i < operations.Count)
            {
                var (op, amount, pick) = (operations[i], amounts[i], picks[i]);
                if (op < 55)
                {
                    var direction = pick % 2 == 0 ? CashDirection.Receipt : CashDirection.Payment;
                    var accounts = direction == CashDirection.Receipt ? Accounts.ReceiptAccounts : Accounts.PaymentAccounts;
                    var account = accounts[pick % accounts.Count];
                    var kind = Accounts.PartyKindOf(account);
                    await FinanceWorld.AsFinance(app, sp => sp.GetRequiredService<RecordCashMovement>().HandleAsync(new CashMovementInput
                    {
                        Direction = direction, MoneyAccountId = money[pick % 2], Account = account, PartyId = kind == PartyKind.None ? null : partyOf[kind],
                        Amount = amount, Reference = pick % 3 == 0 ? "R" + (pick % 7) : null, Memo = "随机 " + i,
                    }));
                }
                else if (op < 80)
                {
                    // Reverse some clerk's entry: any may be picked, so refusals (a shipment's entry, an entry reversed already) happen too.
                    long id;
                    await using (var db = await app.DbAsync())
                    {
                        var ids = await db.Set<JournalEntry>().Select(e => e.Id).ToListAsync();
                        id = ids[pick % ids.Count];
                    }
                    await FinanceWorld.AsFinance(app, sp => sp.GetRequiredService<ReverseJournalEntry>().HandleAsync(id, "随机冲销"));
                }
                else if (Interlocked.Increment(ref shippedIndex) is var p && p < parcels.Count)
                {
                    var orderId = parcels[p].OrderId;
                    await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ShipOrder>().HandleAsync(new ShipRequest(orderId, 1.2m, true)));
                    if (pick % 2 == 0) await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ReverseShipment>().HandleAsync(orderId, "随机冲销出库"));
                }
            }
        })));

        await using var check = await app.DbAsync();
        var entries = await check.Set<JournalEntry>().AsNoTracking().ToListAsync();
        Assert.All(entries, e => Assert.Null(JournalEntry.Check(e.Lines)));
        Assert.Equal(entries.Sum(e => e.TotalDebit), entries.Sum(e => e.TotalCredit));
        var sums = entries.SelectMany(e => e.Lines).GroupBy(l => (l.Account, l.PartyKind, l.PartyId)).ToDictionary(g => g.Key, g => g.Sum(l => l.Debit - l.Credit));
        var balances = await check.Set<LedgerBalance>().AsNoTracking().ToListAsync();
        Assert.Equal(sums.Keys.OrderBy(k => k), balances.Select(b => (b.Account, b.PartyKind, b.PartyId)).OrderBy(k => k));
        Assert.All(balances, b => Assert.Equal(sums[(b.Account, b.PartyKind, b.PartyId)], b.Net));
        // Reversals are exact and single: each reversed entry has one counter-entry with every line negated.
        var byId = entries.ToDictionary(e => e.Id);
        Assert.All(entries.Where(e => e.ReversalOfId is not null).GroupBy(e => e.ReversalOfId!.Value), g =>
        {
            var reversal = Assert.Single(g);
            Assert.Equal(byId[g.Key].Lines.Select(l => l.Negated()), reversal.Lines);
        });
    }
}
