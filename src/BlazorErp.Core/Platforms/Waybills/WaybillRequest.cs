namespace BlazorErp.Core.Platforms.Waybills;

public sealed record WaybillAddress(string Province, string City, string? District, string Detail, string? Town = null);

/// <summary>A sender or recipient as the courier prints it; a mobile or a landline phone is required.</summary>
public sealed record WaybillContact(string Name, string? Mobile, string? Phone, WaybillAddress Address);

public sealed record WaybillItem(string Name, int Count);

/// <summary>
/// One parcel's e-waybill reservation (预约物流单号). <paramref name="ParcelId"/> is the idempotency key: asking again for
/// the same parcel and courier returns the number it already holds, until that number is cancelled.
/// </summary>
/// <param name="CpCode">The courier's Cainiao code: ZTO, YTO, STO, YUNDA, SF, EMS, POST, HTKY, JTSD.</param>
/// <param name="TradeIds">The platform trades the parcel ships.</param>
/// <param name="OrderChannel">Cainiao's order_channels_type: TB, TM, JD, PDD, … OTHERS.</param>
public sealed record WaybillRequest(string CpCode, string ParcelId, WaybillContact Sender, WaybillContact Recipient, IReadOnlyList<string> TradeIds,
    IReadOnlyList<WaybillItem> Items, int? WeightGrams, string TemplateUrl, string OrderChannel = "TB");

/// <summary>A reserved number and its print data (Cainiao's JSON: <c>data</c> with routing 大头笔/集包地, <c>signature</c>, <c>templateURL</c>).</summary>
public sealed record Waybill(string Code, string PrintData);

/// <summary>One courier branch account of the shop's e-waybill subscription. Allocated counts cancelled numbers too.</summary>
public sealed record WaybillCounts(string CpCode, string BranchCode, string BranchName, long Balance, long Allocated, long Cancelled, long Printed);
