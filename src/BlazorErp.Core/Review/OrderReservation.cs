using BlazorErp.Core.Inventory;

namespace BlazorErp.Core.Review;

/// <summary>The stock document an approved order's reservation is booked under (one per order, released by the same reference).</summary>
public static class OrderReservation
{
    public static StockDocumentRef Of(long orderId) => new(StockDocumentType.OrderReservation, orderId, "O" + orderId);
}
