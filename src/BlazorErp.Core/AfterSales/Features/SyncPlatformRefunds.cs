using BlazorErp.Core.Common;
using BlazorErp.Core.Localization;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Platforms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BlazorErp.Core.AfterSales.Features;

/// <summary>What a round did; <see cref="Skipped"/> refunds could not be applied at all (e.g. a line no longer on any order) and are not retried.</summary>
public sealed record RefundSyncResult(int Read, int Refunded, int Closed, int CasesOpened, int CasesUpdated, int Failed, int Skipped = 0);

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
                    Outcome.Skipped => result with { Skipped = result.Skipped + 1 },
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
                total.CasesOpened + result.CasesOpened, total.CasesUpdated + result.CasesUpdated, total.Failed + result.Failed, total.Skipped + result.Skipped);
        }
        return total;
    }

    private enum Outcome { Nothing, Refunded, Closed, CaseOpened, CaseUpdated, Failed, Skipped }

    /// <summary>Worth trying again next round: the order was held by a clerk or changed under us. Anything else is logged and skipped.</summary>
    private static readonly HashSet<string> Transient = ["Review.ClaimedBy", "Order.Stale", "AfterSales.OrderChanged"];

    /// <summary>The outcome when the registration went through; otherwise failed (read again next round) or skipped for good.</summary>
    private static Outcome Done(Outcome succeeded, Result<long> registered) =>
        registered.Succeeded ? succeeded : Transient.Contains(registered.Error!.Code) ? Outcome.Failed : Outcome.Skipped;

    private async Task<Outcome> ApplyAsync(long shopId, PlatformRefund refund)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var order = await OrderOfLineAsync(db, shopId, refund.Tid, refund.Oid);
        var known = await db.Set<AfterSalesCase>().SingleOrDefaultAsync(c => c.PlatformRefundId == refund.RefundId)
            ?? (order is null ? null : (await db.Set<AfterSalesCase>().Where(c => c.OrderId == order.Id && c.PlatformRefundId == null
                    && c.Type != CaseType.Reissue && c.Status != CaseStatus.Closed).OrderByDescending(c => c.Id).ToListAsync())
                .FirstOrDefault(c => c.Lines.Any(x => x.IsLine(refund.Tid, refund.Oid) && x.Expected > 0)));
        if (known is not null) return await FollowAsync(db, known, order, refund);
        if (order is null) return Outcome.Nothing; // a trade we never had: nothing to act on
        var lineIndex = order.Lines.ToList().FindIndex(x => x.Tid == refund.Tid && x.Oid == refund.Oid);
        var onlyThatLine = order.Lines.Select((line, i) => i == lineIndex ? line.Quantity : 0).ToList();
        if (!order.IsShippedOrLater)
        {
            if (refund.Closed)
            {
                if (!order.Flags.HasFlag(OrderFlags.RefundRequested) || order.Status == OrderStatus.Cancelled) return Outcome.Nothing;
                order.RefundClosed(l["AfterSales.PlatformRefundClosed"]);
                await db.SaveChangesAsync();
                return Outcome.Closed;
            }
            if (!refund.Succeeded) return Outcome.Nothing; // still being decided: the 退款 exception holds the order
            return Done(Outcome.Refunded, await register.HandleAsync(new CaseInput
            {
                Type = CaseType.RefundOnly, OrderId = order.Id, Reason = CaseReasons.Platform, Note = refund.Reason,
                Quantities = onlyThatLine, RefundAmount = refund.RefundFee, PlatformRefund = refund,
            }));
        }
        if (refund.Closed) return Outcome.Nothing;
        if (refund.HasGoodReturn)
        {
            var returnWarehouse = await db.Set<Warehouse>().Where(w => w.Type == WarehouseType.Returns && w.Enabled).OrderBy(w => w.Id)
                .Select(w => (long?)w.Id).FirstOrDefaultAsync() ?? order.WarehouseId;
            return Done(Outcome.CaseOpened, await register.HandleAsync(new CaseInput
            {
                Type = CaseType.Return, OrderId = order.Id, Reason = CaseReasons.Platform, Note = refund.Reason, ReturnWarehouseId = returnWarehouse,
                Quantities = onlyThatLine, PlatformRefund = refund,
            }));
        }
        // 仅退款 after shipping: nothing comes back; once the platform has paid, finance is told.
        if (!refund.Succeeded) return Outcome.Nothing;
        return Done(Outcome.Refunded, await register.HandleAsync(new CaseInput
        {
            Type = CaseType.RefundOnly, OrderId = order.Id, Reason = CaseReasons.Platform, Note = refund.Reason, Quantities = order.Lines.Select(_ => 0).ToList(),
            RefundAmount = refund.RefundFee, PlatformRefund = refund,
        }));
    }

    /// <summary>
    /// A case already stands for the refund: it shows the platform's status. A refund the platform then closed had its money
    /// booked for nothing — the booking is reversed, and an order it left in review goes on with a note.
    /// </summary>
    private async Task<Outcome> FollowAsync(ErpDbContext db, AfterSalesCase known, Order? order, PlatformRefund refund)
    {
        if (!known.TakePlatformRefund(refund.RefundId, refund.Status)) return Outcome.Nothing;
        if (refund.Closed)
        {
            var booked = await db.Set<Refund>().Where(r => r.CaseId == known.Id).ToListAsync();
            foreach (var money in booked.Where(r => r.ReversalOfId is null && booked.All(x => x.ReversalOfId != r.Id)))
                db.Add(money.Reverse(l["AfterSales.PlatformRefundClosed"], clock.GetUtcNow().UtcDateTime, "system"));
            if (order is { IsReviewable: true }) order.RefundClosed(l["AfterSales.PlatformRefundClosed"]);
        }
        await db.SaveChangesAsync();
        return Outcome.CaseUpdated;
    }

    /// <summary>
    /// The live order holding the trade's line: the order of the trade, the order it was merged into, or a part split off it.
    /// A cancelled order counts (its refund is still booked); lines are JSON, so the candidates are read and searched here.
    /// </summary>
    private static async Task<Order?> OrderOfLineAsync(ErpDbContext db, long shopId, long tid, long oid)
    {
        var own = await db.Set<Order>().Where(o => o.ShopId == shopId && o.Tid == tid).Select(o => new { o.Id, o.MergedIntoOrderId }).ToListAsync();
        var ids = own.Select(o => o.Id).Concat(own.Select(o => o.MergedIntoOrderId).OfType<long>()).ToList();
        var candidates = await db.Set<Order>().Where(o => ids.Contains(o.Id) || (o.SplitFromOrderId != null && ids.Contains(o.SplitFromOrderId.Value)))
            .Where(o => o.Status != OrderStatus.Merged).ToListAsync();
        return candidates.Where(o => o.Lines.Any(x => x.Tid == tid && x.Oid == oid)).OrderBy(o => o.Status == OrderStatus.Cancelled).FirstOrDefault()
            ?? candidates.FirstOrDefault(o => o.Tid == tid);
    }
}
