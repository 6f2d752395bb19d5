namespace BlazorErp.Core.Printing;

/// <summary>Paper a packing slip (发货单) is printed on.</summary>
public enum PackingSlipPaper
{
    /// <summary>The default.</summary>
    A5,
    A4,
}

/// <summary>One line of the slip; a gift (赠品) is marked as such.</summary>
public sealed record PackingSlipLine(string MerchantCode, string Name, string? Spec, int Quantity, bool IsGift = false);

/// <summary>Everything a packing slip shows for one order.</summary>
/// <param name="TrackingNumber">Printed with a barcode the inspection station scans; the order number stands in when there is none.</param>
/// <param name="PrintedAt">Printed as given, in its own offset (the shop's local time).</param>
public sealed record PackingSlipData(
    string ShopName,
    string OrderNumber,
    string? TrackingNumber,
    string BuyerNick,
    PrintParty Receiver,
    IReadOnlyList<PackingSlipLine> Lines,
    DateTimeOffset PrintedAt)
{
    public PackingSlipPaper Paper { get; init; } = PackingSlipPaper.A5;

    public string? CourierName { get; init; }

    /// <summary>买家留言.</summary>
    public string? BuyerMessage { get; init; }

    /// <summary>卖家备注.</summary>
    public string? SellerMemo { get; init; }

    public PageSize PageSize => Paper switch
    {
        PackingSlipPaper.A4 => PageSize.A4,
        _ => PageSize.A5,
    };
}
