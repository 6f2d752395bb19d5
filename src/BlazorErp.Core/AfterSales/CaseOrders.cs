using BlazorErp.Core.Common;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Orders.Features;

namespace BlazorErp.Core.AfterSales;

/// <summary>
/// The order an exchange or a reissue sends: a manual order to the original receiver, built like any manual order (so
/// it goes through review), from the case's outgoing warehouse, linked to the case and the original order.
/// </summary>
internal static class CaseOrders
{
    public static async Task<Result<Order>> CreateAsync(ErpDbContext db, ManualOrderBuilder builder, AfterSalesCase @case, Order original, string remark)
    {
        var input = new ManualOrderInput
        {
            ShopId = original.ShopId, BuyerNick = original.BuyerNick, ReceiverName = original.Receiver.Name, ReceiverMobile = original.Receiver.Mobile,
            Province = original.Receiver.State, City = original.Receiver.City, District = original.Receiver.District, Address = original.Receiver.Address,
            PostFee = 0, ServiceRemark = remark,
            Lines = @case.Outgoing.Select(l => new ManualOrderLine(l.MerchantCode, l.Quantity, l.Price)).ToList(),
        };
        var built = await builder.BuildAsync(db, input);
        if (built.Order is not { } order) return built.Problems[0].Error;
        order.Assign(null, @case.OutgoingWarehouseId, warehouseIsRemoteBucket: false);
        order.LinkAfterSales(@case.Id, original.Id);
        db.Add(order);
        return order;
    }
}
