using BlazorErp.Core.Common;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Review.Features;

/// <summary>标记异常: 缺货, 退款, 地址异常, 价格异常 or 其他 (with a note); the order moves to the exception queue.</summary>
public sealed class FlagOrderException(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public static readonly OrderFlags[] Reasons =
        [OrderFlags.OutOfStock, OrderFlags.RefundRequested, OrderFlags.AddressProblem, OrderFlags.PriceProblem, OrderFlags.ManualHold];

    public async Task<Result> HandleAsync(long orderId, long version, OrderFlags reason, string? note)
    {
        if (!Reasons.Contains(reason)) return new Error("Order.ExceptionReasonRequired");
        await using var db = await contexts.CreateDbContextAsync();
        var loaded = await OrderEdits.LoadAsync(db, orderId, version, currentUser, clock.GetUtcNow().UtcDateTime);
        if (!loaded.Succeeded) return loaded.Error!;
        var flagged = loaded.Value!.FlagException(reason, note);
        return flagged.Succeeded ? await OrderEdits.SaveAsync(db, loaded.Value) : flagged;
    }
}
