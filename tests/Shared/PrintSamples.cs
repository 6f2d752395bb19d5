using System.Globalization;
using BlazorErp.Core.Printing;

namespace BlazorErp.Testing;

/// <summary>
/// Realistic, deterministic Chinese waybills and packing slips: sample i is always the same. Shared by the PDF
/// read-back tests and the print benchmark.
/// </summary>
public static class PrintSamples
{
    private static readonly string[] Names = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "欧阳娜娜", "黄晓明", "赵丽颖", "周杰"];

    private static readonly (string Address, string Sorting, string Code)[] Destinations =
    [
        ("广东省深圳市南山区粤海街道科技园南区高新南七道R2-B栋3楼301室", "粤 深圳 南山", "755-W012"),
        ("浙江省杭州市余杭区五常街道文一西路969号阿里巴巴西溪园区3号楼", "浙 杭州 余杭", "571-A03"),
        ("北京市朝阳区建国路88号SOHO现代城A座1208", "京 朝阳", "010-C21"),
        ("上海市浦东新区张江高科技园区碧波路690号", "沪 浦东", "021-P07"),
        ("四川省成都市武侯区天府大道北段1700号环球中心W6区2楼", "川 成都 武侯", "028-B15"),
        ("湖南省长沙市岳麓区麓山南路932号中南大学新校区学生公寓12栋506", "湘 长沙 岳麓", "731-Y02"),
        ("新疆维吾尔自治区乌鲁木齐市天山区解放北路188号（请电话联系）", "新 乌鲁木齐", "991-T01"),
        ("内蒙古自治区呼和浩特市赛罕区大学东街235号内蒙古大学南校区快递驿站", "蒙 呼和浩特", "471-S09"),
    ];

    private static readonly (string Name, string Prefix)[] Couriers = [("顺丰速运", "SF"), ("中通快递", ""), ("圆通速递", "YT"), ("韵达快递", "")];

    private static readonly (string Code, string Name, string Spec)[] Goods =
    [
        ("TS-2024-RED-XL", "纯棉短袖T恤 夏季新款宽松百搭", "红色 XL"),
        ("SOCK-W-01", "运动袜子 中筒 吸汗透气", "白色 均码"),
        ("CUP-380", "不锈钢保温杯 380ml 便携", "星空蓝"),
        ("PHN-CASE-15P", "手机壳 适用iPhone 15 Pro 防摔", "透明"),
        ("TEA-LJ-250", "西湖龙井 明前特级 绿茶礼盒装 250g", "礼盒装"),
        ("BAG-CV-M", "帆布托特包 大容量 文艺学生单肩包", "米白 中号"),
    ];

    private static readonly DateTimeOffset PrintedAt = new(2025, 3, 18, 14, 5, 0, TimeSpan.FromHours(8));

    public static PrintParty Receiver(int i) =>
        new(Names[i % Names.Length], Phone(i), Destinations[i % Destinations.Length].Address);

    public static string TrackingNumber(int i)
    {
        var prefix = Couriers[i % Couriers.Length].Prefix;
        return prefix + (7530_0000_0000L + i * 7919L).ToString(CultureInfo.InvariantCulture);
    }

    public static string OrderNumber(int i) => (2_025_031_800_000_000L + i * 131L).ToString(CultureInfo.InvariantCulture);

    public static WaybillData Waybill(int i, WaybillLabelSize size = WaybillLabelSize.Mm100x180)
    {
        var destination = Destinations[i % Destinations.Length];
        var tracking = TrackingNumber(i);
        var goods = Lines(i);
        return new WaybillData(
            Couriers[i % Couriers.Length].Name,
            tracking,
            destination.Sorting,
            Receiver(i),
            new PrintParty("小米家居旗舰店", "0571-8888 6666", "浙江省杭州市滨江区长河街道江南大道3588号恒生大厦仓库"),
            $"{{\"waybillCode\":\"{tracking}\",\"cpCode\":\"{Couriers[i % Couriers.Length].Prefix}\",\"sign\":\"{i * 2654435761L:x}\",\"ver\":\"waybill_print_2\"}}",
            string.Join("；", goods.Select(g => $"{g.Name} {g.Spec} ×{g.Quantity}")),
            OrderNumber(i),
            PrintedAt)
        {
            LabelSize = size,
            SortingCode = destination.Code,
            Remarks = i % 3 == 0 ? "易碎品，轻拿轻放" : null,
        };
    }

    /// <summary>Order i's lines: one to three goods, every fourth order with a gift.</summary>
    public static IReadOnlyList<PackingSlipLine> Lines(int i, int count = 0)
    {
        count = count > 0 ? count : 1 + i % 3;
        var lines = Enumerable.Range(0, count)
            .Select(n => Goods[(i + n) % Goods.Length])
            .Select((g, n) => new PackingSlipLine(count > Goods.Length ? $"{g.Code}-{n + 1}" : g.Code, g.Name, g.Spec, 1 + (i + n) % 3))
            .ToList();
        if (i % 4 == 0) lines.Add(new PackingSlipLine("GIFT-KEYRING", "定制钥匙扣", "随机款", 1, IsGift: true));
        return lines;
    }

    public static PackingSlipData PackingSlip(int i, PackingSlipPaper paper = PackingSlipPaper.A5, int lineCount = 0) =>
        new("小米家居旗舰店", OrderNumber(i), TrackingNumber(i), "tb_" + (i * 37 % 100000).ToString("00000", CultureInfo.InvariantCulture),
            Receiver(i), Lines(i, lineCount), PrintedAt)
        {
            Paper = paper,
            CourierName = Couriers[i % Couriers.Length].Name,
            BuyerMessage = i % 2 == 0 ? "请尽快发货，谢谢！周末不在家，请放门口快递柜。" : null,
            SellerMemo = i % 5 == 0 ? "老客户，已送小礼品" : null,
        };

    private static string Phone(int i) => "1" + (3_800_000_000L + i * 104_729L % 1_000_000_000L).ToString(CultureInfo.InvariantCulture);
}
