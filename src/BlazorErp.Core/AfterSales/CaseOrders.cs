using BlazorErp.Core.Orders;

namespace BlazorErp.Core.AfterSales;

/// <summary>
/// The order an exchange or a reissue sends: a manual order to the original receiver exactly as the original had it (an
/// address or phone the platform masked still delivers), with the case's outgoing goods, from its outgoing warehouse,
/// linked to the case and the original order. It enters review like any manual order.
/// </summary>
internal static class CaseOrders
{
    public static Order Create(AfterSalesCase @case, Order original, string remark, DateTime nowUtc)
    {
        var lines = @case.Outgoing.Select((l, i) => new OrderLine(0, i + 1, l.MerchantCode, l.Title, null, l.Quantity, l.Price, l.Price * l.Quantity, l.SkuId, IsGift: false)).ToList();
        var order = Order.Manual(original.ShopId, original.BuyerNick, original.Receiver, lines, 0, null, remark, nowUtc);
        order.Assign(null, @case.OutgoingWarehouseId, warehouseIsRemoteBucket: false);
        order.LinkAfterSales(@case.Id, original.Id);
        return order;
    }
}
