using System.Text.Json;
using BlazorErp.Core.Localization;
using Microsoft.Extensions.Localization;

namespace BlazorErp.Web.Components.Review;

/// <summary>
/// An order's audit row as a clerk reads it in the editor's timeline: "状态：待审核 → 已审核；物流公司：1 → 3", the
/// properties people care about in their words, flags and statuses in Chinese, bookkeeping columns left out.
/// </summary>
public static class OrderHistoryText
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["Status"] = "Field.Status", ["Flags"] = "Review.Flag", ["Findings"] = "Review.Findings", ["Acknowledged"] = "History.Acknowledged",
        ["CourierId"] = "Page.Couriers", ["WarehouseId"] = "Page.Warehouses", ["ServiceRemark"] = "Orders.ServiceRemark",
        ["BuyerMessage"] = "Orders.BuyerMessage", ["SellerMemo"] = "Orders.SellerMemo", ["Receiver"] = "Orders.Receiver",
        ["Lines"] = "Review.Goods", ["TrackingNo"] = "Orders.TrackingNo", ["RejectReason"] = "Review.RejectReason",
        ["ExceptionNote"] = "Review.ExceptionNote", ["WeightKg"] = "History.Weight", ["Freight"] = "History.Freight", ["Paid"] = "Orders.Paid",
    };

    /// <summary>The enum-valued properties and the resource prefix of their values.</summary>
    private static readonly Dictionary<string, string> Enums = new()
    {
        ["Status"] = "OrderStatus.", ["Flags"] = "OrderFlags.", ["Findings"] = "ReviewFinding.", ["Acknowledged"] = "ReviewFinding.",
    };

    public static string Describe(string changesJson, IStringLocalizer<Strings> l)
    {
        using var changes = JsonDocument.Parse(changesJson);
        var parts = new List<string>();
        foreach (var change in changes.RootElement.EnumerateObject().Where(c => Names.ContainsKey(c.Name)))
        {
            string Value(string side) => change.Value.TryGetProperty(side, out var v) ? Show(change.Name, v, l) : "";
            parts.Add($"{l[Names[change.Name]]}：{Value("before")} → {Value("after")}");
        }
        return parts.Count == 0 ? l["History.Other"] : string.Join("；", parts);
    }

    private static string Show(string property, JsonElement value, IStringLocalizer<Strings> l) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "—",
        JsonValueKind.String when Enums.TryGetValue(property, out var prefix) =>
            string.Join("、", value.GetString()!.Split(',', StringSplitOptions.TrimEntries).Select(v => l[prefix + v].Value)),
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => $"{value.GetArrayLength()} 项",
        JsonValueKind.Object when value.TryGetProperty("Name", out var name) => $"{name.GetString()} {(value.TryGetProperty("Address", out var a) ? a.GetString() : "")}",
        _ => value.ToString(),
    };
}
