namespace BlazorErp.Core.Printing;

/// <summary>Label sizes couriers print e-waybills on.</summary>
public enum WaybillLabelSize
{
    /// <summary>100 × 180 mm, the default.</summary>
    Mm100x180,
    Mm76x130,
}

/// <summary>Everything a waybill label shows, as the e-waybill service and the order give it.</summary>
/// <param name="SortingText">The big destination line (大头笔), e.g. "粤 深圳 南山".</param>
/// <param name="PrintData">The e-waybill service's print data, printed as a QR code.</param>
/// <param name="ItemSummary">What is in the parcel, e.g. "T恤 红色 XL ×2；袜子 ×1".</param>
/// <param name="PrintedAt">Printed as given, in its own offset (the shop's local time).</param>
public sealed record WaybillData(
    string CourierName,
    string TrackingNumber,
    string SortingText,
    PrintParty Receiver,
    PrintParty Sender,
    string PrintData,
    string ItemSummary,
    string OrderNumber,
    DateTimeOffset PrintedAt)
{
    public WaybillLabelSize LabelSize { get; init; } = WaybillLabelSize.Mm100x180;

    /// <summary>Sorting centre or route code next to the destination (集包地 / 分拣码), if the service gives one.</summary>
    public string? SortingCode { get; init; }

    public string? Remarks { get; init; }

    public PageSize PageSize => LabelSize switch
    {
        WaybillLabelSize.Mm76x130 => PageSize.Label76x130,
        _ => PageSize.Label100x180,
    };
}
