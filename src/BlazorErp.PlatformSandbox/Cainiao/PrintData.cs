using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BlazorErp.PlatformSandbox.Cainiao;

/// <summary>
/// The print_data of one e-waybill in Cainiao's unencrypted form (need_encrypt=false):
/// <c>{"data":{…},"signature":"…","templateURL":"…"}</c>. <c>data</c> carries the number, sender, recipient and the
/// routing Cainiao prints on the label — 大头笔 (<c>routingInfo.sortation.name</c>), 集包地
/// (<c>routingInfo.consolidation</c>), origin branch and route code. The stand-in never encrypts (real Cainiao's
/// <c>encryptedData</c> only its print component can read), so our own renderer can lay the label out. The signature is
/// Base64 HMAC-SHA256 of data's compact JSON with the app secret, so a caller can tell it was not altered.
/// </summary>
public static class PrintData
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] RegionSuffixes =
        ["维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "地区", "省", "市", "区", "县"];

    public static string Build(WaybillCouriers.Courier courier, string waybillCode, JsonObject parcel, JsonObject sender, string appSecret)
    {
        var recipient = parcel["recipient"]!.AsObject();
        var to = recipient["address"]!.AsObject();
        var from = sender["address"]!.AsObject();
        var (province, city, district) = ((string)to["province"]!, (string)to["city"]!, (string?)to["district"] ?? "");

        // Routing is a pure function of the destination, as sorting centres are: the same district always gets the same codes.
        var hash = Fnv(province + "|" + city + "|" + district);
        var area = 100 + hash % 900;
        var lane = hash / 900 % 100;
        var routeCode = $"{area}-{lane:00} {(char)('A' + hash / 90_000 % 26)}{hash / 2_340_000 % 90 + 10}";
        var origin = Fnv((string)from["province"]! + "|" + (string)from["city"]!);
        var data = new JsonObject
        {
            ["cpCode"] = courier.CpCode,
            ["waybillCode"] = waybillCode,
            ["objectId"] = (string)parcel["object_id"]!,
            ["needEncrypt"] = false,
            ["parent"] = false,
            ["routingInfo"] = new JsonObject
            {
                ["sortation"] = new JsonObject { ["name"] = $"{Short(city)} {area}-{lane:00}" },
                ["consolidation"] = new JsonObject { ["name"] = Short(province) + Short(city) + "集包", ["code"] = (100_000 + hash % 900_000).ToString() },
                ["origin"] = new JsonObject { ["name"] = Short((string)from["city"]!) + courier.Name + "网点", ["code"] = (100_000 + origin % 900_000).ToString() },
                ["routeCode"] = routeCode,
            },
            ["recipient"] = recipient.DeepClone(),
            ["sender"] = sender.DeepClone(),
            ["packageInfo"] = parcel["package_info"]?.DeepClone(),
            ["tradeOrderList"] = parcel["order_info"]?["trade_order_list"]?.DeepClone(),
        };
        var compact = data.ToJsonString(Readable);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(compact)));
        return new JsonObject { ["data"] = data, ["signature"] = signature, ["templateURL"] = (string)parcel["template_url"]! }.ToJsonString(Readable);
    }

    /// <summary>浙江省 → 浙江, 杭州市 → 杭州, 西湖区 → 西湖: what fits on a label's big text.</summary>
    private static string Short(string region)
    {
        foreach (var suffix in RegionSuffixes)
            if (region.Length > suffix.Length + 1 && region.EndsWith(suffix, StringComparison.Ordinal)) return region[..^suffix.Length];
        return region;
    }

    /// <summary>FNV-1a: stable across processes, unlike string.GetHashCode.</summary>
    private static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text)) hash = (hash ^ b) * 16777619u;
        return hash;
    }
}
