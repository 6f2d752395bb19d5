using BlazorErp.Core.Common;

namespace BlazorErp.Core.Orders;

/// <summary>
/// The warehouse side of an order (打单 → 验货 → 称重发货, DOMAIN.md): its waybill, the stations it passed and
/// the reversal of a shipment. Stock and money move in the use cases, in the same transaction as these changes.
/// </summary>
public sealed partial class Order
{
    public string? TrackingNo { get; private set; }
    /// <summary>The e-waybill service's print data for <see cref="TrackingNo"/> (printed as the label's QR code).</summary>
    public string? WaybillPrintData { get; private set; }
    public long? PrintBatchId { get; private set; }
    public DateTime? PrintedAtUtc { get; private set; }
    public DateTime? InspectedAtUtc { get; private set; }
    public string? InspectedBy { get; private set; }
    public DateTime? ShippedAtUtc { get; private set; }
    public string? ShippedBy { get; private set; }
    public decimal? WeightKg { get; private set; }
    public decimal? Freight { get; private set; }

    /// <summary>A print batch took the order and reserved its waybill number (电子面单).</summary>
    public Result AssignWaybill(long batchId, string trackingNo, string? printData = null)
    {
        if (Status != OrderStatus.Approved) return new Error("Order.NotApproved");
        if (Flags != OrderFlags.None) return new Error("Order.HasException");
        (PrintBatchId, TrackingNo, WaybillPrintData) = (batchId, trackingNo, printData);
        return Result.Ok();
    }

    /// <summary>退款检测 found a refund the download has not brought yet: the order is flagged and stays out of printing.</summary>
    public void FlagRefund()
    {
        if (IsShippedOrLater) return;
        Flags |= OrderFlags.RefundRequested;
        NeedsChecks = true;
    }

    /// <summary>已打印: its waybill and packing slip came out of the printer.</summary>
    public Result MarkPrinted(DateTime nowUtc)
    {
        if (Status == OrderStatus.Printed) return Result.Ok();
        if (Status != OrderStatus.Approved || TrackingNo is null) return new Error("Order.NotPrintable");
        Status = OrderStatus.Printed;
        PrintedAtUtc = nowUtc;
        return Result.Ok();
    }

    /// <summary>已验货: every item was scanned against the order.</summary>
    public Result Inspect(string by, DateTime nowUtc)
    {
        if (Status != OrderStatus.Printed) return new Error("Order.NotPrinted");
        if (Flags != OrderFlags.None) return new Error("Order.HasException");
        (Status, InspectedAtUtc, InspectedBy) = (OrderStatus.Inspected, nowUtc, by);
        return Result.Ok();
    }

    /// <summary>
    /// 称重发货: weighed, freight computed. From 已验货, or straight from 已打印 where the warehouse ships without
    /// inspection (直接发货). The caller deducts <see cref="Reserved"/> from stock in the same transaction.
    /// </summary>
    public Result Ship(string by, DateTime nowUtc, decimal weightKg, decimal freight, bool directShipAllowed)
    {
        if (Flags != OrderFlags.None) return new Error("Order.HasException");
        if (Status != OrderStatus.Inspected && !(Status == OrderStatus.Printed && directShipAllowed))
            return new Error(Status == OrderStatus.Printed ? "Order.NotInspected" : "Order.NotShippable");
        if (weightKg <= 0) return new Error("Courier.WeightInvalid");
        (Status, ShippedAtUtc, ShippedBy, WeightKg, Freight) = (OrderStatus.Shipped, nowUtc, by, weightKg, freight);
        return Result.Ok();
    }

    /// <summary>
    /// 冲销出库: a shipped order (wrong warehouse, parcel came back unsent) goes back to review with a reason. Its
    /// waybill is given up; the caller puts the shipped stock back with counter-entries. Nothing is deleted.
    /// </summary>
    public Result<ReservedStock[]> ReverseShipment(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) return new Error("Order.RejectReasonRequired");
        if (Status is not (OrderStatus.Shipped or OrderStatus.Synced)) return new Error("Order.NotShipped");
        var shipped = _reserved.ToArray();
        Status = OrderStatus.PendingReview;
        RejectReason = reason.Trim();
        (ApprovedAtUtc, ApprovedBy, _reserved) = (null, null, []);
        ForgetWarehouseStations();
        Touched = NeedsChecks = true;
        return shipped;
    }

    /// <summary>Back to review from a station: the waybill and the station times no longer apply.</summary>
    private void ForgetWarehouseStations() =>
        (TrackingNo, WaybillPrintData, PrintBatchId, PrintedAtUtc, InspectedAtUtc, InspectedBy, ShippedAtUtc, ShippedBy, WeightKg, Freight) =
        (null, null, null, null, null, null, null, null, null, null);
}
