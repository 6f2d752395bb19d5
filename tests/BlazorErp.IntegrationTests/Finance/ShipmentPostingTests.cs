using BlazorErp.Core.Finance;
using BlazorErp.Core.Shipping;
using BlazorErp.Core.Shipping.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.IntegrationTests.Finance;

/// <summary>称重发货 books the sale and the freight in its own transaction; 冲销出库 books the counter-entry.</summary>
public sealed class ShipmentPostingTests(ErpFactory app) : IClassFixture<ErpFactory>
{
    private static int _worlds;
    private Task<FinanceWorld> WorldAsync() => FinanceWorld.CreateAsync(app, "P" + Interlocked.Increment(ref _worlds));

    private async Task<List<JournalEntry>> EntriesOfAsync(long orderId)
    {
        await using var db = await app.DbAsync();
        var shipmentIds = await db.Set<Shipment>().Where(s => s.OrderId == orderId).Select(s => s.Id).ToListAsync();
        return await db.Set<JournalEntry>().AsNoTracking().Where(e => e.SourceKind == JournalSource.Shipment && shipmentIds.Contains(e.SourceId!.Value))
            .OrderBy(e => e.Id).ToListAsync();
    }

    [Fact]
    public async Task Shipping_a_parcel_posts_the_trade_receivable_from_the_shop_escrow_and_the_freight_payable_to_the_courier()
    {
        var world = await WorldAsync();
        var (orderId, tid, tracking) = (await world.ShippedAsync(app, 1))[0];

        var entry = Assert.Single(await EntriesOfAsync(orderId));
        Assert.Equal((72m, 72m, "warehouse"), (entry.TotalDebit, entry.TotalCredit, entry.By)); // 65 元 sale + 7 元 freight
        Assert.Contains(entry.Lines, l => l == JournalLine.Dr(LedgerAccount.ShopEscrowReceivable, 65m, Party.Shop(world.ShopId), tid.ToString()));
        Assert.Contains(entry.Lines, l => l == JournalLine.Cr(LedgerAccount.SalesRevenue, 65m));
        Assert.Contains(entry.Lines, l => l == JournalLine.Dr(LedgerAccount.FreightExpense, 7m));
        Assert.Contains(entry.Lines, l => l == JournalLine.Cr(LedgerAccount.CourierFreightPayable, 7m, Party.Courier(world.CourierId), tracking));
        Assert.Equal((65m, 65m), await FinanceWorld.BalanceAsync(app, LedgerAccount.ShopEscrowReceivable, Party.Shop(world.ShopId)));
        Assert.Equal((-7m, -7m), await FinanceWorld.BalanceAsync(app, LedgerAccount.CourierFreightPayable, Party.Courier(world.CourierId)));
        // The journal is its own audit trail (who posted it is on the entry, above); it is not copied into the audit log.
        await using var db = await app.DbAsync();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(JournalEntry)));
    }

    [Fact]
    public async Task Reversing_a_shipment_posts_the_negated_entry_and_the_balances_return_to_zero()
    {
        var world = await WorldAsync();
        var (orderId, _, _) = (await world.ShippedAsync(app, 1))[0];

        var reversed = await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ReverseShipment>().HandleAsync(orderId, "发错仓库"));

        Assert.True(reversed.Succeeded, reversed.Error?.ToString());
        var entries = await EntriesOfAsync(orderId);
        Assert.Equal(2, entries.Count);
        Assert.Equal(entries[0].Id, entries[1].ReversalOfId);
        Assert.Equal(entries[0].Lines.Select(l => l.Negated()), entries[1].Lines);
        Assert.Equal((0m, 0m), await FinanceWorld.BalanceAsync(app, LedgerAccount.ShopEscrowReceivable, Party.Shop(world.ShopId)));
        Assert.Equal((0m, 0m), await FinanceWorld.BalanceAsync(app, LedgerAccount.CourierFreightPayable, Party.Courier(world.CourierId)));
    }

    [Fact]
    public async Task A_cash_on_delivery_parcel_is_owed_by_the_courier_under_its_tracking_number()
    {
        var world = await WorldAsync();
        var (orderId, _, tracking) = (await world.ShippedAsync(app, 1, cashOnDelivery: true))[0];

        var entry = Assert.Single(await EntriesOfAsync(orderId));
        Assert.Contains(entry.Lines, l => l == JournalLine.Dr(LedgerAccount.CourierCodReceivable, 65m, Party.Courier(world.CourierId), tracking));
        Assert.DoesNotContain(entry.Lines, l => l.Account == LedgerAccount.ShopEscrowReceivable);
    }

    [Fact]
    public async Task A_failed_ship_confirmation_posts_nothing()
    {
        var world = await WorldAsync();
        var (orderId, _, _) = (await world.ShippedAsync(app, 1))[0];
        var again = await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ShipOrder>().HandleAsync(new ShipRequest(orderId, 1.2m)));
        Assert.False(again.Succeeded);
        Assert.Single(await EntriesOfAsync(orderId));
    }
}
