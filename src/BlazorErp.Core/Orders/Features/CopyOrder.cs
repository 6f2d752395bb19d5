using BlazorErp.Core.Common;
using BlazorErp.Core.Localization;
using BlazorErp.Core.MasterData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BlazorErp.Core.Orders.Features;

/// <summary>
/// 复制订单: a new manual order (待审核) for the same shop, buyer and receiver, with the original's matched lines at their
/// prices, its postage and its remarks, and a service remark saying where it was copied from. It is built like any
/// manual order, so the receiver and lines are checked against today's regions and SKUs. Unmatched lines are left
/// out: there is no SKU to ship.
/// </summary>
public sealed class CopyOrder(IDbContextFactory<ErpDbContext> contexts, ManualOrderBuilder builder, IStringLocalizer<Strings> l)
{
    public async Task<Result<long>> HandleAsync(long orderId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<Order>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId) is not { } source)
            return Errors.NotFound(l["Orders.Detail", orderId]);
        // By the SKU the line matched, under its code today: the platform's spelling of the code may differ.
        var skuIds = source.Lines.Select(line => line.SkuId).OfType<long>().Distinct().ToList();
        var codes = await db.Set<Sku>().Where(s => skuIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.MerchantCode);
        var remark = string.Join("；", new[] { l["Orders.CopiedFrom", source.Id].Value, source.SellerMemo, source.ServiceRemark }
            .Where(r => !string.IsNullOrWhiteSpace(r)));
        var input = new ManualOrderInput
        {
            ShopId = source.ShopId, BuyerNick = source.BuyerNick, ReceiverName = source.Receiver.Name, ReceiverMobile = source.Receiver.Mobile,
            Province = source.Receiver.State, City = source.Receiver.City, District = source.Receiver.District, Address = source.Receiver.Address,
            PostFee = source.PostFee, BuyerMessage = source.BuyerMessage,
            ServiceRemark = remark.Length <= ManualOrderValidator.RemarkMaxLength ? remark : remark[..ManualOrderValidator.RemarkMaxLength],
            Lines = source.Lines.Where(line => line.SkuId is { } id && codes.ContainsKey(id))
                .Select(line => new ManualOrderLine(codes[line.SkuId!.Value], line.Quantity, line.Price)).ToList(),
        };
        var built = await builder.BuildAsync(db, input);
        if (built.Order is not { } copy) return built.Problems[0].Error;
        var saved = await ManualOrderBuilder.SaveAsync(db, [copy]);
        return saved.Succeeded ? copy.Id : saved.Error!;
    }
}
