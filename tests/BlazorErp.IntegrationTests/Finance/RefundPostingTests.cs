using BlazorErp.Core.AfterSales;
using BlazorErp.Core.AfterSales.Features;
using BlazorErp.Core.Finance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.IntegrationTests.Finance;

/// <summary>After-sales refunds in the books: a sales return out of the shop's escrow receivable; before shipping, nothing.</summary>
public sealed class RefundPostingTests(ErpFactory app) : IClassFixture<ErpFactory>
{
    private static int _worlds;
    private Task<FinanceWorld> WorldAsync() => FinanceWorld.CreateAsync(app, "R" + Interlocked.Increment(ref _worlds));

    private async Task<JournalEntry?> EntryOfAsync(long refundId)
    {
        await using var db = await app.DbAsync();
        return await db.Set<JournalEntry>().AsNoTracking().SingleOrDefaultAsync(e => e.SourceKind == JournalSource.Refund && e.SourceId == refundId);
    }

    [Fact]
    public async Task A_refund_only_case_after_shipping_is_a_sales_return_out_of_the_trades_escrow_receivable()
    {
        var world = await WorldAsync();
        var (orderId, tid, _) = (await world.ShippedAsync(app, 1))[0];

        var registered = await app.AsUserAsync("aftersales", sp => sp.GetRequiredService<RegisterCase>().HandleAsync(new CaseInput
        {
            Type = CaseType.RefundOnly, OrderId = orderId, Quantities = [0], RefundAmount = 20m,
        }));

        Assert.True(registered.Succeeded, registered.Error?.ToString());
        await using var db = await app.DbAsync();
        var refund = await db.Set<Refund>().SingleAsync(r => r.CaseId == registered.Value);
        var entry = await EntryOfAsync(refund.Id);
        Assert.NotNull(entry);
        Assert.Equal([JournalLine.Dr(LedgerAccount.SalesReturns, 20m), JournalLine.Cr(LedgerAccount.ShopEscrowReceivable, 20m, Party.Shop(world.ShopId), tid.ToString())],
            entry.Lines);
        Assert.Equal("aftersales", entry.By);
        var open = await Books.OpenItemsAsync(db, LedgerAccount.ShopEscrowReceivable, Party.Shop(world.ShopId));
        Assert.Equal(45m, open[tid.ToString()].Open); // the platform will settle 65 − 20
    }

    [Fact]
    public async Task A_refund_before_shipping_books_nothing()
    {
        var world = await WorldAsync();
        var (orderId, tid, _) = (await world.PrintedAsync(app, 1))[0];
        await using (var db = await app.DbAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Add(new Refund(world.ShopId, orderId, null, tid, 30m, RefundKind.BeforeShipping, "缺货", DateTime.UtcNow, "aftersales"));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            var refund = await db.Set<Refund>().SingleAsync(r => r.OrderId == orderId);
            Assert.Null(await EntryOfAsync(refund.Id));
        }
    }

    [Fact]
    public async Task A_refund_before_shipping_of_an_order_that_did_ship_is_booked_and_a_cancelled_refund_reverses_it()
    {
        var world = await WorldAsync();
        var (orderId, tid, _) = (await world.ShippedAsync(app, 1))[0];
        Refund refund;
        await using (var db = await app.DbAsync()) // saved without a transaction of the caller's: the audit's one carries the posting
        {
            refund = new Refund(world.ShopId, orderId, null, tid, 65m, RefundKind.BeforeShipping, "拦截", DateTime.UtcNow, "aftersales");
            db.Add(refund);
            await db.SaveChangesAsync();
        }
        Assert.NotNull(await EntryOfAsync(refund.Id));
        await using (var db = await app.DbAsync())
        {
            db.Add(refund.Reverse("平台关闭退款", DateTime.UtcNow, "system"));
            await db.SaveChangesAsync();
        }
        await using var check = await app.DbAsync();
        var reversal = await check.Set<JournalEntry>().AsNoTracking().SingleAsync(e => e.ReversalOfId == check.Set<JournalEntry>()
            .Where(o => o.SourceKind == JournalSource.Refund && o.SourceId == refund.Id).Select(o => o.Id).Single());
        Assert.Equal(JournalSource.Refund, reversal.SourceKind);
        var open = await Books.OpenItemsAsync(check, LedgerAccount.ShopEscrowReceivable, Party.Shop(world.ShopId));
        Assert.Equal(65m, open[tid.ToString()].Open);
    }
}
