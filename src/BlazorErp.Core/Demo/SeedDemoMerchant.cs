using BlazorErp.Core.Common;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BlazorErp.Core.Demo;

/// <summary>
/// The demo merchant of a fresh Development database: a Hubei fresh-food seller (the manuals' 虾 and 泡藕带)
/// with three shops, three warehouses, four couriers, about 200 SKUs with barcodes and opening stock,
/// customers and suppliers. Deterministic, and only once: it does nothing when any shop exists.
/// </summary>
public sealed class SeedDemoMerchant(IDbContextFactory<ErpDbContext> contexts, Stock stock, ISecretProtector protector,
    TimeProvider clock, ILogger<SeedDemoMerchant> logger)
{
    private static readonly RegionDirectory Regions = RegionDirectory.China;

    public async Task<bool> HandleAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<Shop>().AnyAsync()) return false;
        await using var transaction = await db.Database.BeginTransactionAsync();

        var sender = Address("湖北", "武汉", "江汉区", "新华路 218 号伽元大厦 3 楼");
        foreach (var (name, platform, key) in new[] { ("淘宝-鸿运旗舰店", Platform.Taobao, "12345678"), ("淘宝-致远小店", Platform.Taobao, "12345679"), ("京东-伽元生鲜", Platform.JD, "jd-8806") })
        {
            var shop = new Shop(name, platform);
            shop.SetSender("伽元仓储", "027-85551234", sender);
            shop.SetCredentials(key, "demo-secret-" + key, "demo-session-" + key, protector);
            db.Add(shop);
        }

        var local = new Warehouse("BD", "本地仓库", WarehouseType.Own);
        local.Update("本地仓库", WarehouseType.Own, sender, allowNegativeStock: false, enabled: true);
        var returns = new Warehouse("TH", "退货仓", WarehouseType.Returns);
        returns.Update("退货仓", WarehouseType.Returns, sender, allowNegativeStock: false, enabled: true);
        db.AddRange(local, returns, new Warehouse("CQ", "超区订单", WarehouseType.RemoteAreaBucket), new Warehouse("CP", "次品仓", WarehouseType.Defective));

        db.AddRange(Couriers());
        db.AddRange(Suppliers());
        db.AddRange(Customers());
        var catalogue = Catalogue();
        db.AddRange(catalogue.Select(c => c.Goods));
        await db.SaveChangesAsync();

        var skus = catalogue.SelectMany(c => c.Goods.Skus).ToList();
        var shrimp = skus.First(s => s.MerchantCode == "XIA-JW-500");
        var lotus = skus.First(s => s.MerchantCode == "OUDAI-300");
        var combo = new Goods("虾+泡藕带 尝鲜组合", "组合装", "伽元", "套");
        var comboSku = combo.AddSku(new SkuDetails("TAO-XIA-OUDAI", "基围虾500g+泡藕带300g×2", [Ean13(999)], 79.9m, 69.9m, 0m, 1120)).Value!;
        db.Add(combo);
        await db.SaveChangesAsync();
        comboSku.SetComboItems([(shrimp, 1), (lotus, 2)]);

        var now = clock.GetUtcNow().UtcDateTime;
        var opening = new StockDocument(await Inventory.Features.DocumentNumbers.NextAsync(db, StockDocumentType.OpeningBalance, now),
            StockDocumentType.OpeningBalance, local.Id, "演示数据期初库存", "system", now);
        opening.SetLines(skus.Select((s, i) => new StockDocumentLine(s.Id, OpeningQuantity(i), s.Cost)).Where(l => l.Quantity > 0));
        db.Add(opening);
        await db.SaveChangesAsync();
        var posted = await stock.PostAsync(db, local.Id, opening.Audit("system", now).Value!, opening.Ref);
        if (!posted.Succeeded) throw new InvalidOperationException("Demo opening stock failed: " + posted.Error);
        await db.SaveChangesAsync();

        // The manual's examples as enabled rules: ≥ 999 元 → 顺丰, 湖南 → 顺丰, everything else 中通 from the local warehouse.
        var couriers = await db.Set<Courier>().ToDictionaryAsync(c => c.Code, c => c.Id);
        foreach (var rule in new[]
        {
            Review.AssignmentRule.Create(1, "金额≥999 发顺丰", null, 999m, [], couriers["SF"], null).Value!,
            Review.AssignmentRule.Create(2, "湖南 发顺丰", null, null, ["430000"], couriers["SF"], null).Value!,
            Review.AssignmentRule.Create(9, "默认 中通 本地仓库", null, null, [], couriers["ZTO"], local.Id).Value!,
        })
        {
            rule.SetEnabled(true);
            db.Add(rule);
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        logger.LogInformation("Seeded the demo merchant: {Skus} SKUs, opening stock {Document}", skus.Count + 1, opening.No);
        return true;
    }

    /// <summary>Mostly healthy stock, some low, a few sold out — so "low stock" and 今日断货 have something to show.</summary>
    private static int OpeningQuantity(int index) => (index % 17) switch { 0 => 0, 1 or 2 => 3 + index % 5, _ => 20 + index * 37 % 280 };

    private static Address Address(string province, string city, string district, string street)
    {
        var path = Regions.Resolve(province, city, district).Value!;
        return new Address(path.Province.Code, path.City!.Code, path.District!.Code, street);
    }

    private static string Code(string name) => Regions.ResolveOne(name).Value!.Code;

    private static IEnumerable<Courier> Couriers()
    {
        string[] remote = ["新疆", "西藏", "内蒙古"];
        string[] near = ["湖北", "湖南", "河南", "江西", "安徽"];
        Courier Cheap(string code, string name, decimal first, decimal extra)
        {
            var courier = new Courier(code, name);
            courier.Update(name, LabelSize.Mm100x180, enabled: true, townDeliveryNote: "乡镇部分网点需自提");
            courier.SetReach(remote.Select(r => new ReachRule(Code(r), ReachKind.Exclude, "超区不发")));
            courier.SetRates([new FreightRate(null, 1, first, extra), .. near.Select(p => new FreightRate(Code(p), 1, first - 3, extra - 2))]);
            return courier;
        }
        var sf = new Courier("SF", "顺丰速运");
        sf.SetRates([new FreightRate(null, 1, 18, 8), .. near.Select(p => new FreightRate(Code(p), 1, 13, 4)),
            .. remote.Select(p => new FreightRate(Code(p), 1, 28, 16))]);
        var post = new Courier("POST", "中国邮政", LabelSize.Mm76x130);
        post.Update("中国邮政", LabelSize.Mm76x130, enabled: true, townDeliveryNote: "乡镇村均可送达");
        post.SetRates([new FreightRate(null, 1, 12, 6), .. remote.Select(p => new FreightRate(Code(p), 1, 20, 15))]);
        return [Cheap("ZTO", "中通快递", 8, 4), Cheap("YTO", "圆通速递", 7.5m, 4), sf, post];
    }

    private static IEnumerable<Supplier> Suppliers() =>
    [
        With(new Supplier("GY001", "洪湖水产养殖合作社"), "刘建国", "0716-2451888", "湖北省荆州市洪湖市"),
        With(new Supplier("GY002", "武汉蔡甸莲藕基地"), "陈红", "027-84952211", "湖北省武汉市蔡甸区"),
        With(new Supplier("GY003", "潜江虾谷食品有限公司"), "王磊", "0728-6232000", "湖北省潜江市"),
        With(new Supplier("GY004", "孝感麻糖食品厂"), "周敏", "0712-2336677", "湖北省孝感市孝南区"),
        With(new Supplier("GY005", "顺达包装材料有限公司"), "李强", "027-83601234", "湖北省武汉市东西湖区"),
    ];

    private static Supplier With(Supplier supplier, string contact, string phone, string address)
    {
        supplier.Update(supplier.Name, contact, phone, address, null);
        return supplier;
    }

    private static IEnumerable<Customer> Customers()
    {
        (string Nick, string Name, string Province, string City, string District, string Street, CustomerCategory Category)[] people =
        [
            ("吃货小王2019", "王小明", "上海", "上海市", "浦东新区", "张江路 88 弄 6 号 502", CustomerCategory.Normal),
            ("tb_lily_chen", "陈丽", "广东", "深圳", "南山区", "科技园南区 T3 栋 1201", CustomerCategory.Normal),
            ("楚天美食汇", "赵老板", "湖北", "宜昌", "西陵区", "东山大道 116 号", CustomerCategory.Distributor),
            ("江城批发部", "孙大海", "湖北", "武汉", "硚口区", "汉正街 32 号", CustomerCategory.Wholesale),
            ("jd_zhanglei88", "张磊", "北京", "北京市", "朝阳区", "望京 SOHO T1 2305", CustomerCategory.Normal),
        ];
        foreach (var (p, i) in people.Select((p, i) => (p, i)))
        {
            var customer = new Customer(p.Nick.StartsWith("jd_") ? Platform.JD : Platform.Taobao, p.Nick);
            customer.Update(p.Name, p.Category, p.Category == CustomerCategory.Normal ? "VIP1" : null, null);
            var a = Address(p.Province, p.City, p.District, p.Street);
            customer.SetAddresses([new CustomerAddress(p.Name, $"1380027{1000 + i * 1117:0000}", a.ProvinceCode, a.CityCode, a.DistrictCode, a.Street, true)]);
            yield return customer;
        }
    }

    private sealed record Product(Goods Goods);

    /// <summary>The demo goods as seeded (for tests of the catalogue's own consistency).</summary>
    internal static IReadOnlyList<Goods> DemoGoods() => Catalogue().Select(p => p.Goods).ToList();

    /// <summary>
    /// About 200 SKUs: goods × specs, merchant codes in the usual letters-and-digits style, EAN-13 barcodes. A spec that states its
    /// net weight (300g, 1kg) weighs that plus 60 g of packing — 宜昌蜜桔 300g must not weigh 5 kg; other specs scale the goods' weight.
    /// </summary>
    private static List<Product> Catalogue()
    {
        (string Category, string Brand, string Unit, (string Name, string Code, decimal Price, int Grams)[] Items, (string Spec, decimal Factor, string Suffix, int? NetGrams)[] Specs)[] lines =
        [
            ("生鲜水产", "伽元", "盒", [("鲜活基围虾", "XIA-JW", 49.9m, 500), ("洪湖小龙虾", "XIA-LX", 69.9m, 1000), ("冻虾仁", "XIA-XR", 39.9m, 400),
                ("大闸蟹", "XIE-DZ", 168m, 1500), ("武昌鱼", "YU-WC", 59.9m, 1200), ("鲜鱼丸", "YU-WAN", 29.9m, 500),
                ("鲜虾", "XIA-XX", 45.9m, 500), ("黄鳝", "SHAN-HS", 79.9m, 1000), ("鳜鱼", "YU-GY", 99m, 1000), ("田螺", "LUO-TL", 35.9m, 1000)],
                [("500g", 1m, "500", 500), ("1kg", 1.8m, "1000", 1000), ("2kg 家庭装", 3.3m, "2000", 2000)]),
            ("湖北特产", "楚味", "袋", [("泡藕带", "OUDAI", 19.9m, 300), ("洪湖莲藕", "OU-LO", 25.9m, 2500), ("孝感麻糖", "MATANG", 22.9m, 400),
                ("热干面", "RGM", 29.9m, 1000), ("周黑鸭鸭脖", "YABO", 39.9m, 300), ("恩施腊肉", "LAROU", 88m, 500), ("潜江虾球", "XIAQIU", 59m, 400),
                ("洪湖莲子", "LIANZI", 45m, 500), ("武汉鸭架", "YAJIA", 26.9m, 400), ("宜昌蜜桔", "MIJU", 39.9m, 5000)],
                [("300g", 1m, "300", 300), ("600g", 1.85m, "600", 600), ("礼盒装", 2.6m, "LH", 1000)]),
            ("休闲零食", "江城", "包", [("鸭翅", "YACHI", 29.9m, 250), ("藕片", "OUPIAN", 12.9m, 200), ("豆干", "DOUGAN", 9.9m, 200),
                ("锅巴", "GUOBA", 8.9m, 150), ("米酒", "MIJIU", 15.9m, 500), ("凉面", "LIANGMIAN", 13.9m, 300), ("虾片", "XIAPIAN", 11.9m, 200),
                ("麻辣小龙虾尾", "XIAWEI", 49.9m, 300), ("鸭舌", "YASHE", 59.9m, 200), ("鸭锁骨", "YASUOGU", 32.9m, 250),
                ("莲藕脆片", "OUCUI", 14.9m, 150), ("麻花", "MAHUA", 10.9m, 300), ("酥饼", "SUBING", 16.9m, 300), ("花生米", "HUASHENG", 9.9m, 250)],
                [("香辣", 1m, "XL", null), ("五香", 1m, "WX", null), ("微辣", 1m, "WL", null), ("6 包装", 5.4m, "6B", null)]),
            ("粮油调味", "长江", "瓶", [("菜籽油", "YOU-CZ", 79m, 5000), ("香米", "MI-XM", 59m, 5000), ("剁辣椒", "LAJIAO", 16.8m, 400),
                ("豆瓣酱", "DOUBAN", 18.8m, 500), ("芝麻酱", "ZMJ", 22m, 300), ("红薯粉条", "FENTIAO", 19.9m, 1000)],
                [("标准装", 1m, "BZ", null), ("实惠装", 1.7m, "SH", null), ("家庭装", 2.4m, "JT", null)]),
            ("酒水饮品", "楚天", "箱", [("米酒饮料", "YL-MJ", 59m, 3000), ("莲藕汁", "YL-OZ", 49m, 3000), ("酸梅汤", "YL-SMT", 45m, 3000),
                ("绿豆汤", "YL-LDT", 42m, 3000), ("黄酒", "HUANGJIU", 128m, 3000), ("恩施绿茶", "LVCHA", 98m, 250)],
                [("6 瓶", 1m, "6", null), ("12 瓶", 1.9m, "12", null)]),
            ("南北干货", "荆楚", "袋", [("香菇", "GH-XG", 39.9m, 250), ("木耳", "GH-ME", 29.9m, 250), ("银耳", "GH-YE", 25.9m, 200),
                ("红枣", "GH-HZ", 35.9m, 500), ("枸杞", "GH-GQ", 45.9m, 250), ("核桃", "GH-HT", 49.9m, 500), ("莲藕粉", "GH-OF", 32.9m, 400),
                ("干豆角", "GH-DJ", 19.9m, 250)],
                [("小袋", 1m, "S", null), ("中袋", 1.8m, "M", null), ("大袋", 3.2m, "L", null)]),
            ("冷冻速食", "汉味", "盒", [("鲜肉包", "SD-XRB", 25.9m, 600), ("三鲜豆皮", "SD-DP", 29.9m, 500), ("糯米鸡", "SD-NMJ", 32.9m, 600),
                ("汤圆", "SD-TY", 19.9m, 500), ("饺子", "SD-JZ", 28.9m, 800), ("烧麦", "SD-SM", 26.9m, 500), ("面窝", "SD-MW", 18.9m, 400),
                ("鱼糕", "SD-YG", 36.9m, 500)],
                [("单盒", 1m, "1", null), ("2 盒", 1.9m, "2", null), ("4 盒家庭装", 3.6m, "4", null)]),
        ];
        var products = new List<Product>();
        var barcode = 1;
        foreach (var line in lines)
            foreach (var item in line.Items)
            {
                var goods = new Goods(item.Name, line.Category, line.Brand, line.Unit);
                foreach (var spec in line.Specs)
                {
                    var price = Math.Round(item.Price * spec.Factor, 1) - 0.1m;
                    goods.AddSku(new SkuDetails($"{item.Code}-{spec.Suffix}", spec.Spec, [Ean13(barcode++)],
                        price, Math.Round(price * 0.8m, 1), Math.Round(price * 0.45m, 2), (spec.NetGrams ?? (int)(item.Grams * spec.Factor)) + 60));
                }
                products.Add(new Product(goods));
            }
        return products;
    }

    /// <summary>A valid EAN-13 in the 690 (China) range.</summary>
    private static string Ean13(int serial)
    {
        var digits = $"690{1234:0000}{serial:00000}";
        var sum = digits.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
        return digits + (10 - sum % 10) % 10;
    }
}
