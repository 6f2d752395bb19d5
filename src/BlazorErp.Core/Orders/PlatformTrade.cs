using System.Globalization;
using System.Text.Json;

namespace BlazorErp.Core.Orders;

public sealed record PlatformLine(long Oid, string? MerchantCode, string Title, string? SkuProperties, int Quantity, decimal Price, decimal Payment,
    bool RefundRequested);

/// <summary>The facts of a raw trade the order needs, read from TOP's JSON (field names as TOP defines them).</summary>
public sealed record PlatformTrade(long Tid, string Status, DateTime ModifiedChina, DateTime? PaidAtChina, string BuyerNick, string? BuyerMessage,
    string? SellerMemo, Receiver Receiver, decimal TotalFee, decimal PostFee, decimal DiscountFee, decimal Payment, IReadOnlyList<PlatformLine> Lines, bool CashOnDelivery = false)
{
    /// <summary>Paid and waiting for us: the only state that creates an order.</summary>
    public bool IsPaidAwaitingShipment => Status is "WAIT_SELLER_SEND_GOODS" or "SELLER_CONSIGNED_PART";
    public bool IsClosed => Status is "TRADE_CLOSED" or "TRADE_CLOSED_BY_TAOBAO";

    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    public static PlatformTrade FromTopJson(string json, Func<string, string?, string?, (string? Province, string? City, string? District)> regionCodes)
    {
        using var document = JsonDocument.Parse(json);
        var t = document.RootElement;
        string? S(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        decimal M(JsonElement e, string name) => decimal.TryParse(S(e, name), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : 0m;
        DateTime? T(string name) => S(t, name) is { } text ? DateTime.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture) : null;

        var (state, city, district) = (S(t, "receiver_state") ?? "", S(t, "receiver_city") ?? "", S(t, "receiver_district") ?? "");
        var codes = regionCodes(state, city, district);
        var receiver = new Receiver(S(t, "receiver_name") ?? "", S(t, "receiver_mobile") ?? "", state, city, district,
            S(t, "receiver_address") ?? "", S(t, "receiver_zip"), codes.Province, codes.City, codes.District);
        var lines = t.GetProperty("orders").GetProperty("order").EnumerateArray().Select(o => new PlatformLine(
            o.GetProperty("oid").GetInt64(), S(o, "outer_sku_id") ?? S(o, "outer_iid"), S(o, "title") ?? "", S(o, "sku_properties_name"),
            o.GetProperty("num").GetInt32(), M(o, "price"), M(o, "payment"),
            S(o, "refund_status") is { } refund && refund != "NO_REFUND" && refund != "CLOSED")).ToList();
        return new PlatformTrade(t.GetProperty("tid").GetInt64(), S(t, "status") ?? "", T("modified")!.Value, T("pay_time"),
            S(t, "buyer_nick") ?? "", Blank(S(t, "buyer_message")), Blank(S(t, "seller_memo")), receiver,
            M(t, "total_fee"), M(t, "post_fee"), M(t, "discount_fee"), M(t, "payment"), lines, CashOnDelivery: S(t, "type") == "cod");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
