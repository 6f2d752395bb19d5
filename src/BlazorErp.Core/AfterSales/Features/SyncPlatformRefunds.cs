using BlazorErp.Core.Common;
using BlazorErp.Core.Localization;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Platforms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BlazorErp.Core.AfterSales.Features;

public sealed record RefundSyncResult(int Read, int Refunded, int Closed, int CasesOpened, int CasesUpdated, int Failed);

/// <summary>
/// Follows the platform's refunds (淘宝退款流程 / 退换货流程) for every authorised shop, from where the last round stopped:
/// <list type="bullet">
/// <item>not shipped, refund SUCCESS: the refund before shipping — the order pulled back and reduced or cancelled, a 仅退款
/// case with the platform's amount for finance (<see cref="RegisterCase"/>); once per platform refund.</item>
/// <item>not shipped, refund CLOSED / SELLER_REFUSE_BUYER: the 退款 exception goes and the order returns to review with a note.</item>
/// <item>shipped: the case for the trade shows the platform's status; an active refund with no case yet opens a 退货 case
/// (待退回) for the line, so after-sales sees it.</item>
/// </list>
/// Every step is idempotent, so a round that fails half-way is simply read again by the next.
/// </summary>
public sealed class SyncPlatformRefunds(IDbContextFactory<ErpDbContext> contexts, IRefundSource refunds, ISecretProtector protector,
    RegisterCase register, TimeProvider clock, IStringLocalizer<Strings> l)
{
    /// <summary>Read again each round, for refunds the platform stamped a little in the past.</summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan FirstLookBack = TimeSpan.FromDays(3);

    public async Task<RefundSyncResult> HandleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var shops = await db.Set<Shop>().AsNoTracking().Where(s => s.Enabled).ToListAsync(cancellationToken);
        var total = new RefundSyncResult(0, 0, 0, 0, 0, 0);
        foreach (var shop in shops.Where(s => s.HasCredentials))
        {
            var nowChina = clock.GetUtcNow().UtcDateTime.AddHours(8);
            var cursor = await db.Set<RefundSyncCursor>().SingleOrDefaultAsync(c => c.ShopId == shop.Id, cancellationToken);
            var from = cursor is null ? nowChina - FirstLookBack : cursor.SyncedToChina - Overlap;
            IReadOnlyList<PlatformRefund> changed;
            try { changed = await refunds.ModifiedAsync(Platforms.Top.TopCredentials.Of(shop, protector), from, nowChina, cancellationToken); }
            catch (Exception e) when (e is HttpRequestException or TimeoutException or Platforms.Top.TopApiException) { continue; } // next round
            var failed = 0;
            var result = new RefundSyncResult(changed.Count, 0, 0, 0, 0, 0);
            foreach (var refund in changed.OrderBy(r => r.ModifiedChina))
            {
                Outcome outcome;
                try { outcome = await ApplyAsync(shop.Id, refund); }
                catch (DbUpdateException) { outcome = Outcome.Failed; } // the order changed under us: read again next round
                result = outcome switch
                {
                    Outcome.Refunded => result with { Refunded = result.Refunded + 1 },
                    Outcome.Closed => result with { Closed = result.Closed + 1 },
                    Outcome.CaseOpened => result with { CasesOpened = result.CasesOpened + 1 },
                    Outcome.CaseUpdated => result with { CasesUpdated = result.CasesUpdated + 1 },
                    Outcome.Failed => result with { Failed = ++failed },
                    _ => result,
                };
            }
            // A refund that could not be applied (its order held by a clerk) is read again next round: the cursor stays.
            if (failed == 0)
            {
                if (cursor is null) db.Add(new RefundSyncCursor(shop.Id, nowChina));
                else cursor.MoveTo(nowChina);
                await db.SaveChangesAsync(cancellationToken);
            }
            total = new RefundSyncResult(total.Read + result.Read, total.Refunded + result.Refunded, total.Closed + result.Closed,
                total.CasesOpened + result.CasesOpened, total.CasesUpdated + result.CasesUpdated, total.Failed + result.Failed);
        }
        return total;
    }

    private enum Outcome { Nothing, Refunded, Closed, CaseOpened, CaseUpdated, Failed }

    private async Task<Outcome> ApplyAsync(long shopId, PlatformRefund refund)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var order = await OrderOfAsync(db, shopId, refund.Tid);
        var known = await db.Set<AfterSalesCase>().SingleOrDefaultAsync(c => c.PlatformRefundId == refund.RefundId)
            ?? await db.Set<AfterSalesCase>().Where(c => c.ShopId == shopId && c.Tid == refund.Tid && c.PlatformRefundId == null
                && c.Type != CaseType.Reissue).OrderByDescending(c => c.Id).FirstOrDefaultAsync();
        if (known is not null)
        {
            if (!known.TakePlatformRefund(refund.RefundId, refund.Status)) return Outcome.Nothing;
            await db.SaveChangesAsync();
            return Outcome.CaseUpdated;
        }
        if (order is null) return Outcome.Nothing; // a trade we never had: nothing to act on
        var lineIndex = order.Lines.ToList().FindIndex(x => x.Oid == refund.Oid);
        if (!order.IsShippedOrLater)
        {
            if (refund.Closed)
            {
                if (!order.Flags.HasFlag(OrderFlags.RefundRequested)) return Outcome.Nothing;
                order.RefundClosed(l["AfterSales.PlatformRefundClosed"]);
                await db.SaveChangesAsync();
                return Outcome.Closed;
            }
            if (!refund.Succeeded || lineIndex < 0) return Outcome.Nothing; // still being decided: the 退款 exception holds the order
            var refunded = await register.HandleAsync(new CaseInput
            {
                Type = CaseType.RefundOnly, OrderId = order.Id, Reason = CaseReasons.Platform, Note = refund.Reason,
                Quantities = order.Lines.Select((line, i) => i == lineIndex ? line.Quantity : 0).ToList(),
                RefundAmount = refund.RefundFee, PlatformRefund = refund,
            });
            return refunded.Succeeded ? Outcome.Refunded : Outcome.Failed;
        }
        if (refund.Closed || lineIndex < 0) return Outcome.Nothing;
        var returnWarehouse = await db.Set<Warehouse>().Where(w => w.Type == WarehouseType.Returns && w.Enabled).OrderBy(w => w.Id)
            .Select(w => (long?)w.Id).FirstOrDefaultAsync();
        var opened = await register.HandleAsync(new CaseInput
        {
            Type = CaseType.Return, OrderId = order.Id, Reason = CaseReasons.Platform, Note = refund.Reason, ReturnWarehouseId = returnWarehouse,
            Quantities = order.Lines.Select((line, i) => i == lineIndex ? line.Quantity : 0).ToList(), PlatformRefund = refund,
        });
        return opened.Succeeded ? Outcome.CaseOpened : Outcome.Failed;
    }

    /// <summary>The order a trade lives in now: itself, or the order it was merged into.</summary>
    private static async Task<Order?> OrderOfAsync(ErpDbContext db, long shopId, long tid)
    {
        var order = await db.Set<Order>().Where(o => o.ShopId == shopId && o.Tid == tid).OrderByDescending(o => o.Id).FirstOrDefaultAsync();
        return order?.MergedIntoOrderId is { } into ? await db.Set<Order>().SingleOrDefaultAsync(o => o.Id == into) : order;
    }
}
