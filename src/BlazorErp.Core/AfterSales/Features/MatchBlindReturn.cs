using BlazorErp.Core.Common;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BlazorErp.Core.AfterSales.Features;

/// <summary>
/// A blind parcel is matched to the shipped order it came from (found by buyer nick or phone on 订单查询's search). One already
/// checked and received gets its red-marked lines' money booked now that their price is known.
/// </summary>
public sealed class MatchBlindReturn(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock, IStringLocalizer<Strings> l)
{
    public async Task<Result> HandleAsync(long caseId, long version, long orderId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<AfterSalesCase>().SingleOrDefaultAsync(c => c.Id == caseId) is not { } @case) return Errors.NotFound(AfterSalesCase.NoOf(caseId));
        if (@case.Version != version) return new Error("AfterSales.Stale", @case.No);
        if (await db.Set<Order>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId) is not { } order) return Errors.NotFound("Order " + orderId);
        if (!order.IsShippedOrLater) return new Error("AfterSales.OrderNotShipped", order.Id);
        var facts = CaseGoods.Of(order);
        var matched = @case.MatchOrder(facts with { Lines = await CaseGoods.ExpandCombosAsync(db, facts.Lines) }); // the parcel holds components
        if (!matched.Succeeded) return matched;
        if (@case.Status == CaseStatus.Completed && @case.RefundAmount > 0)
            db.Add(new Refund(order.ShopId, order.Id, @case.Id, @case.MoneyTid, @case.RefundAmount, RefundKind.AfterReturn, l["CaseReason." + @case.Reason],
                clock.GetUtcNow().UtcDateTime, currentUser.Name));
        try
        {
            await db.SaveChangesAsync();
            return Result.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Error("AfterSales.Stale", @case.No);
        }
    }
}
