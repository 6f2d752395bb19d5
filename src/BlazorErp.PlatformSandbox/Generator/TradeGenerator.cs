using System.Reflection;
using System.Text.Json.Nodes;
using BlazorErp.PlatformSandbox.Store;
using BlazorErp.PlatformSandbox.Top;

namespace BlazorErp.PlatformSandbox.Generator;

/// <summary>
/// Paid trades for one shop, deterministic from the shop's seed and the trade's sequence number: receivers
/// across every province (about 5% to 新疆/西藏/内蒙古), about 15% with buyer messages, one to four lines,
/// repeat buyers at the same address (so orders merge), and about 2% of lines whose outer_sku_id is blank or
/// unknown. Later changes (new address, seller memo, refund request) are applied by <see cref="ChangeTrade"/>.
/// </summary>
public sealed class TradeGenerator
{
    private sealed record Place(string Province, string City, string District);

    private static readonly Lazy<IReadOnlyList<Place>> Places = new(LoadPlaces);
    private static readonly string[] Remote = ["新疆维吾尔自治区", "西藏自治区", "内蒙古自治区"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平"];
    private static readonly string[] Streets = ["人民路", "解放大道", "中山路", "建设街", "和平路", "新华路", "光明路", "长江路", "黄河路", "幸福里"];
    private static readonly string[] Messages = ["请发顺丰,谢谢", "周末不在家,请工作日送达", "送人的,不要放发票", "麻烦多放点冰袋", "尽快发货,急用", "不要辣的", "请帮忙检查包装"];

    public static long TidFor(int seed, long sequence) => 4_000_000_000_000L + seed * 10_000_000L + sequence;

    /// <summary>The trade with this sequence number, created and paid at <paramref name="createdChina"/>.</summary>
    public static SandboxTrade Trade(SandboxShop shop, IReadOnlyList<SandboxItem> items, long sequence, DateTime createdChina, int linesPerTrade = 0)
    {
        var random = new Random(HashCode.Combine(shop.Seed, sequence));
        var tid = TidFor(shop.Seed, sequence);
        // 30% repeat buyers from a pool of 200 per shop, each always at the same address.
        var buyerNo = random.NextDouble() < 0.3 ? random.Next(200) : 1000 + (int)sequence;
        var buyer = new Random(HashCode.Combine(shop.Seed, buyerNo, "buyer"));
        var place = buyer.NextDouble() < 0.05
            ? Pick(buyer, Places.Value.Where(p => Remote.Contains(p.Province)).ToList())
            : Pick(buyer, Places.Value);
        var name = Pick(buyer, Surnames) + Pick(buyer, GivenNames);

        var lines = new JsonArray();
        decimal total = 0;
        var mix = random.Next(100) switch { < 60 => 1, < 85 => 2, < 95 => 3, _ => 4 };
        var lineCount = linesPerTrade > 0 ? linesPerTrade : mix;
        for (var line = 0; line < lineCount; line++)
        {
            var item = items[random.Next(items.Count)];
            var num = random.Next(100) < 80 ? 1 : random.Next(2, 4);
            var outer = random.Next(100) < 2 ? (random.Next(2) == 0 ? "" : "NO-SUCH-" + random.Next(1000)) : item.OuterSkuId;
            var payment = item.Price * num;
            total += payment;
            lines.Add(new JsonObject
            {
                ["oid"] = tid * 10 + line + 1, ["num_iid"] = item.NumIid, ["sku_id"] = item.SkuId, ["outer_iid"] = item.OuterIid,
                ["outer_sku_id"] = outer, ["title"] = item.Title, ["sku_properties_name"] = item.SkuProperties, ["num"] = num,
                ["price"] = item.Price.ToString("0.00"), ["payment"] = payment.ToString("0.00"), ["refund_status"] = "NO_REFUND",
                ["status"] = "WAIT_SELLER_SEND_GOODS",
            });
        }
        var postFee = total >= 99 ? 0m : 8m;
        var time = createdChina.ToString(TopRequest.TimeFormat);
        var trade = new JsonObject
        {
            ["tid"] = tid, ["status"] = "WAIT_SELLER_SEND_GOODS", ["created"] = time, ["modified"] = time,
            ["pay_time"] = createdChina.AddSeconds(random.Next(5, 90)).ToString(TopRequest.TimeFormat),
            ["buyer_nick"] = buyerNo >= 1000 ? $"tb{shop.Seed}_{sequence}" : $"{name}_{buyerNo:000}",
            ["buyer_message"] = random.NextDouble() < 0.15 ? Pick(random, Messages) : null,
            ["seller_memo"] = null, ["seller_flag"] = 0,
            ["receiver_name"] = name, ["receiver_state"] = place.Province, ["receiver_city"] = place.City, ["receiver_district"] = place.District,
            ["receiver_town"] = "", ["receiver_address"] = $"{Pick(buyer, Streets)}{buyer.Next(1, 999)}号{buyer.Next(1, 30)}栋{buyer.Next(101, 2800)}室",
            ["receiver_mobile"] = $"1{buyer.Next(3, 9)}{buyer.Next(100_000_000, 999_999_999)}", ["receiver_zip"] = "000000",
            ["total_fee"] = total.ToString("0.00"), ["post_fee"] = postFee.ToString("0.00"), ["discount_fee"] = "0.00",
            ["payment"] = (total + postFee).ToString("0.00"),
            ["orders"] = new JsonObject { ["order"] = lines },
        };
        return new SandboxTrade { Tid = tid, SellerNick = shop.SellerNick, Status = "WAIT_SELLER_SEND_GOODS", Modified = createdChina, Json = trade.ToJsonString() };
    }

    /// <summary>RefundClosed / RefundSucceeded move the trade's open refund on: the seller refused or the buyer closed it, or the money went back.</summary>
    public enum Change { Address, SellerMemo, Refund, RefundClosed, RefundSucceeded }

    /// <summary>A later change to a trade, which moves its modified time on (and, for a refund, adds the refund record).</summary>
    public static SandboxRefund? ChangeTrade(SandboxTrade trade, Change change, DateTime nowChina, SandboxRefund? open = null)
    {
        var json = JsonNode.Parse(trade.Json)!.AsObject();
        SandboxRefund? refund = null;
        switch (change)
        {
            case Change.Address:
                json["receiver_address"] = (string?)json["receiver_address"] + "(改)";
                break;
            case Change.SellerMemo:
                json["seller_memo"] = "客服备注:赠送冰袋一个";
                json["seller_flag"] = 1;
                break;
            case Change.Refund:
                var order = json["orders"]!["order"]!.AsArray()[0]!.AsObject();
                order["refund_status"] = "WAIT_SELLER_AGREE";
                var refundId = (long)order["oid"]! + 7_000_000_000_000_000L;
                refund = new SandboxRefund
                {
                    RefundId = refundId, Tid = trade.Tid, Oid = (long)order["oid"]!, SellerNick = trade.SellerNick, Status = "WAIT_SELLER_AGREE", Modified = nowChina,
                    Json = new JsonObject
                    {
                        ["refund_id"] = refundId, ["tid"] = trade.Tid, ["oid"] = (long)order["oid"]!, ["status"] = "WAIT_SELLER_AGREE",
                        ["refund_fee"] = (string?)order["payment"], ["good_status"] = "BUYER_NOT_RECEIVED", ["reason"] = "不想要了",
                        ["refund_phase"] = trade.Status == "WAIT_SELLER_SEND_GOODS" ? "onsale" : "aftersale",
                        ["has_good_return"] = trade.Status != "WAIT_SELLER_SEND_GOODS", ["modified"] = nowChina.ToString(TopRequest.TimeFormat),
                    }.ToJsonString(),
                };
                break;
            case Change.RefundClosed or Change.RefundSucceeded when open is not null:
                var status = change == Change.RefundClosed ? "CLOSED" : "SUCCESS";
                var refunded = json["orders"]!["order"]!.AsArray().Select(o => o!.AsObject()).Single(o => (long)o["oid"]! == open.Oid);
                refunded["refund_status"] = status;
                var refundJson = JsonNode.Parse(open.Json)!.AsObject();
                (refundJson["status"], refundJson["modified"]) = (status, nowChina.ToString(TopRequest.TimeFormat));
                (open.Status, open.Modified, open.Json) = (status, nowChina, refundJson.ToJsonString());
                break;
        }
        json["modified"] = nowChina.ToString(TopRequest.TimeFormat);
        trade.Modified = nowChina;
        trade.Json = json.ToJsonString();
        return refund;
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> list) => list[random.Next(list.Count)];

    private static IReadOnlyList<Place> LoadPlaces()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("BlazorErp.PlatformSandbox.regions.csv")!;
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var rows = new List<string[]>();
        while (reader.ReadLine() is { Length: > 0 } line) rows.Add(line.Split(','));
        var byCode = rows.ToDictionary(r => r[0]);
        // Every district with its city and province, as platforms write them (full official names).
        return rows.Where(r => r[2] == "3" && byCode.ContainsKey(r[3]) && byCode.ContainsKey(byCode[r[3]][3]))
            .Select(r => new Place(byCode[byCode[r[3]][3]][1], byCode[r[3]][1], r[1])).ToList();
    }
}
