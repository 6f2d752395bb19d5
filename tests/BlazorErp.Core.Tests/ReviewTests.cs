using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Regions;
using BlazorErp.Core.Review;

namespace BlazorErp.Core.Tests;

/// <summary>The review checks, rules, claims and order actions as domain rules, without a database.</summary>
public class ReviewTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);
    private const long Shrimp = 1, Lotus = 2, Combo = 3;

    private static Receiver Receiver(string province = "广东", string city = "深圳", string? district = "南山区", string address = "科技园南区 1 栋 101")
    {
        var path = RegionDirectory.China.Resolve(province, city, district).Value!;
        return new Receiver("张三", "13800138000", path.Province.Name, path.City?.Name ?? "", path.District?.Name ?? "", address, null,
            path.Province.Code, path.City?.Code, path.District?.Code);
    }

    private static OrderLine Line(long skuId, int quantity, decimal price = 10m, long oid = 1) =>
        new(0, oid, "CODE-" + skuId, "货品" + skuId, null, quantity, price, price * quantity, skuId, IsGift: false);

    private static Order Order(Receiver? receiver = null, string? buyerMessage = null, params OrderLine[] lines) =>
        Orders.Order.Manual(1, "buyer", receiver ?? Receiver(), lines.Length > 0 ? lines : [Line(Shrimp, 2)], 0, buyerMessage, null, Now);

    private static readonly Dictionary<long, SkuFacts> Skus = new()
    {
        [Shrimp] = new SkuFacts(Shrimp, 8m, [(Shrimp, 1)]),
        [Lotus] = new SkuFacts(Lotus, 0m, [(Lotus, 1)]),
        [Combo] = new SkuFacts(Combo, 0m, [(Shrimp, 1), (Lotus, 2)]),
    };

    private static ReviewCheckContext Context(Courier? courier = null, int available = 100, ShopReviewSettings? shop = null,
        Warehouse? warehouse = null) => new(
        courier ?? new Courier("ZTO", "中通快递"),
        warehouse ?? new Warehouse("BD", "本地仓库", WarehouseType.Own),
        Skus,
        (_, _) => available,
        ReviewSettings.DefaultRemoteProvinces.ToHashSet(),
        shop);

    [Fact]
    public void A_clean_order_has_no_findings_and_can_be_approved()
    {
        var order = Order();
        order.SetFindings(ReviewChecks.Run(order, Context()), remoteBucketWarehouseId: 99);
        Assert.Equal(ReviewFinding.None, order.Findings);
        Assert.True(order.Approve("reviewer", Now, []).Succeeded);
        Assert.Equal(OrderStatus.Approved, order.Status);
    }

    [Theory]
    [InlineData("", ReviewFinding.AddressIncomplete)]     // no street
    [InlineData("东风村 3 组", ReviewFinding.TownDelivery)]  // 村: couriers often do not deliver
    public void Address_checks(string street, ReviewFinding expected)
    {
        var order = Order(Receiver(address: street));
        Assert.True(ReviewChecks.Run(order, Context()).HasFlag(expected));
    }

    [Fact]
    public void A_city_without_its_district_is_incomplete_but_a_city_without_districts_is_not()
    {
        Assert.True(ReviewChecks.Run(Order(Receiver(district: null)), Context()).HasFlag(ReviewFinding.AddressIncomplete));
        // 东莞 has towns, not districts, in the region data.
        var dongguan = RegionDirectory.China.Resolve("广东", "东莞").Value!;
        Assert.Empty(RegionDirectory.China.ChildrenOf(dongguan.City!.Code));
        Assert.False(ReviewChecks.Run(Order(Receiver("广东", "东莞", null)), Context()).HasFlag(ReviewFinding.AddressIncomplete));
    }

    [Fact]
    public void A_courier_that_excludes_the_province_cannot_reach_the_order()
    {
        var courier = new Courier("YTO", "圆通速递");
        courier.SetReach([new ReachRule("440000", ReachKind.Exclude)]);
        Assert.True(ReviewChecks.Run(Order(), Context(courier)).HasFlag(ReviewFinding.Unreachable));
    }

    [Fact]
    public void A_remote_area_order_is_parked_in_the_bucket_and_cannot_be_approved_until_moved_out_and_acknowledged()
    {
        var order = Order(Receiver("新疆", "乌鲁木齐", "天山区", "解放北路 1 号"));
        order.SetFindings(ReviewChecks.Run(order, Context()), remoteBucketWarehouseId: 99);
        Assert.True(order.Findings.HasFlag(ReviewFinding.RemoteArea));
        Assert.True(order.InRemoteArea);
        Assert.Equal(99, order.WarehouseId);
        Assert.Equal("Order.InRemoteArea", order.Approve("reviewer", Now, []).Error?.Code);

        // A clerk chooses a courier that goes there and a real warehouse, and acknowledges the remote area.
        Assert.True(order.Assign(1, 5, warehouseIsRemoteBucket: false).Succeeded);
        Assert.True(order.Acknowledge(ReviewFinding.RemoteArea).Succeeded);
        order.SetFindings(ReviewChecks.Run(order, Context()), remoteBucketWarehouseId: 99);
        Assert.False(order.InRemoteArea); // acknowledged: not parked again
        Assert.True(order.Approve("reviewer", Now, []).Succeeded);
    }

    [Fact]
    public void Remarks_must_be_acknowledged_before_approval()
    {
        var order = Order(buyerMessage: "请发顺丰");
        order.SetFindings(ReviewChecks.Run(order, Context()), null);
        var refused = order.Approve("reviewer", Now, []);
        Assert.Equal("Order.FindingsOutstanding", refused.Error?.Code);
        Assert.Equal(OrderStatus.PendingReview, order.Status);
        order.Acknowledge(ReviewFinding.BuyerMessage);
        Assert.True(order.Approve("reviewer", Now, []).Succeeded);
    }

    [Fact]
    public void Blocking_findings_cannot_be_acknowledged_away()
    {
        var order = Order();
        order.SetFindings(ReviewChecks.Run(order, Context(available: 1)), null);
        Assert.True(order.Findings.HasFlag(ReviewFinding.OutOfStock));
        order.Acknowledge(ReviewFinding.OutOfStock);
        Assert.Equal(ReviewFinding.None, order.Acknowledged);
        Assert.Equal("Order.FindingsOutstanding", order.Approve("reviewer", Now, []).Error?.Code);
    }

    [Fact]
    public void Price_below_the_minimum_and_freight_above_the_shop_limit_are_price_anomalies()
    {
        Assert.True(ReviewChecks.Run(Order(lines: Line(Shrimp, 1, price: 7.5m)), Context()).HasFlag(ReviewFinding.PriceAnomaly));
        Assert.False(ReviewChecks.Run(Order(lines: Line(Shrimp, 1, price: 8m)), Context()).HasFlag(ReviewFinding.PriceAnomaly));
        var shop = new ShopReviewSettings(1);
        shop.Update(autoApprove: false, maxPostFee: 0m, maxDiscountRate: null);
        var withFreight = Orders.Order.Manual(1, "buyer", Receiver(), [Line(Shrimp, 1)], 12m, null, null, Now);
        Assert.True(ReviewChecks.Run(withFreight, Context(shop: shop)).HasFlag(ReviewFinding.PriceAnomaly));
    }

    [Fact]
    public void Stock_needs_expand_combos_and_sum_per_sku()
    {
        var order = Order(lines: [Line(Combo, 2, oid: 1), Line(Shrimp, 1, oid: 2)]);
        Assert.Equal([(Shrimp, 3), (Lotus, 4)], ReviewChecks.StockNeeds(order, Skus));
        // 4 lotus needed, 3 available → out of stock.
        var context = Context() with { Available = (_, sku) => sku == Lotus ? 3 : 100 };
        Assert.True(ReviewChecks.Run(order, context).HasFlag(ReviewFinding.OutOfStock));
    }

    [Fact]
    public void Unmatched_lines_and_refunds_block()
    {
        var unmatched = Order(lines: new OrderLine(0, 1, "NOPE", "?", null, 1, 1, 1, null, false));
        var findings = ReviewChecks.Run(unmatched, Context());
        Assert.Equal(FindingSeverity.Block, ReviewFindings.SeverityOf(ReviewFinding.Unmatched));
        Assert.True(findings.HasFlag(ReviewFinding.Unmatched));
    }

    [Fact]
    public void Rules_apply_in_priority_order_and_never_override_a_clerk()
    {
        var sf = AssignmentRule.Create(1, "≥999 顺丰", null, 999m, [], courierId: 3, warehouseId: null).Value!;
        var hunan = AssignmentRule.Create(2, "湖南 顺丰", null, null, ["430000"], courierId: 3, warehouseId: null).Value!;
        var zto = AssignmentRule.Create(9, "默认中通", null, null, [], courierId: 1, warehouseId: 7).Value!;
        AssignmentRule[] rules = [zto, hunan, sf];

        var (courier, warehouse) = AssignmentRule.Decide(rules, Order(lines: Line(Shrimp, 100, price: 10m)));
        Assert.Equal((3L, 7L), (courier, warehouse)); // ≥ 999 → 顺丰; the warehouse from the default rule
        Assert.Equal(3, AssignmentRule.Decide(rules, Order(Receiver("湖南", "长沙", "岳麓区"))).CourierId);
        Assert.Equal(1, AssignmentRule.Decide(rules, Order()).CourierId);

        var touched = Order();
        touched.Assign(2, 7, warehouseIsRemoteBucket: false); // the clerk chose courier 2
        touched.AssignByRule(1, 8);
        Assert.Equal((2L, 7L), (touched.CourierId!.Value, touched.WarehouseId!.Value));
    }

    [Fact]
    public void A_rule_needs_an_action()
    {
        Assert.Equal("Rule.ActionRequired", AssignmentRule.Create(1, "空", null, null, [], null, null).Error?.Code);
    }

    [Fact]
    public void Split_moves_the_given_quantities_to_a_linked_order_and_keeps_the_money_whole()
    {
        // The manual's example: the shrimp ships now, the 泡藕带 waits.
        var order = Order(lines: [Line(Shrimp, 2, 30m, oid: 1), Line(Lotus, 3, 10m, oid: 2)]);
        var paid = order.Paid;
        var split = order.SplitOff([0, 3], Now);
        Assert.True(split.Succeeded);
        var part = split.Value!;
        Assert.Equal([(Shrimp, 2)], order.Lines.Select(l => (l.SkuId!.Value, l.Quantity)));
        Assert.Equal([(Lotus, 3)], part.Lines.Select(l => (l.SkuId!.Value, l.Quantity)));
        Assert.Equal(paid, order.Paid + part.Paid);
        Assert.Equal(order.Id, part.SplitFromOrderId);
        Assert.Equal("Order.SplitEverything", order.SplitOff([2], Now).Error?.Code);
        Assert.Equal("Order.SplitInvalid", order.SplitOff([5], Now).Error?.Code);
    }

    [Fact]
    public void A_gift_line_is_free_and_marked()
    {
        var order = Order();
        order.AddGift(Lotus, "OUDAI-300", "泡藕带", null, 1);
        var gift = order.Lines[^1];
        Assert.True(gift.IsGift);
        Assert.Equal(0m, gift.Payment);
    }

    [Fact]
    public void Exceptions_take_a_reason_and_a_persistent_cause_cannot_be_resolved_by_hand()
    {
        var order = Order();
        Assert.Equal("Order.ExceptionNoteRequired", order.FlagException(OrderFlags.ManualHold, " ").Error?.Code);
        Assert.True(order.FlagException(OrderFlags.AddressProblem, "门牌号不对").Succeeded);
        Assert.Equal("Order.HasException", order.Approve("reviewer", Now, []).Error?.Code);
        Assert.True(order.ResolveException(OrderFlags.AddressProblem).Succeeded);

        var unmatched = Order(lines: new OrderLine(0, 1, "NOPE", "?", null, 1, 1, 1, null, false));
        unmatched.FlagException(OrderFlags.Unmatched, null);
        Assert.Equal("Order.StillUnmatched", unmatched.ResolveException(OrderFlags.Unmatched).Error?.Code);
    }

    [Fact]
    public void Rejecting_needs_a_reason_and_brings_an_approved_order_back_to_review()
    {
        var order = Order();
        order.Approve("reviewer", Now, []);
        Assert.Equal("Order.RejectReasonRequired", order.RejectToReview("").Error?.Code);
        Assert.True(order.RejectToReview("地址错误").Succeeded);
        Assert.Equal(OrderStatus.PendingReview, order.Status);
        Assert.Equal("地址错误", order.RejectReason);
    }

    [Fact]
    public void A_claim_is_held_until_it_expires_and_can_be_taken_over()
    {
        var claim = new OrderClaim(1, "u1", "张三", Now);
        Assert.False(claim.TryHold("u2", "李娜", Now.AddSeconds(10)));
        Assert.True(claim.TryHold("u1", "张三", Now.AddSeconds(60))); // renewal
        Assert.True(claim.TryHold("u2", "李娜", Now.AddSeconds(60) + OrderClaim.Lease)); // expired: free
        claim.TakeOver("u1", "张三", Now.AddMinutes(5));
        Assert.Equal(("u1", "李娜"), (claim.HolderId, claim.TakenFromName));
        claim.Release("u1", Now.AddMinutes(6));
        Assert.False(claim.IsActive(Now.AddMinutes(6)));
    }

    [Theory]
    [InlineData("张三 13800138000 广东省深圳市南山区科技园南区1栋101", "张三", "13800138000", "440305", "科技园南区1栋101")]
    [InlineData("收货人：李四，138 0013 8000，北京市 朝阳区 建国路88号", "李四", "13800138000", "110105", "建国路88号")]
    [InlineData("湖北省武汉市江汉区 解放大道 100 号 王五 027-85551234", "王五", "027-85551234", "420103", "解放大道 100 号")]
    [InlineData("收货人: 王小明 手机号码: 139-1234-5678 所在地区: 浙江省杭州市西湖区 详细地址: 文三路 90 号东部软件园", "王小明", "13912345678", "330106", "文三路 90 号东部软件园")]
    [InlineData("陈丽，13800138000，广东省 深圳市 南山区 粤海街道科技园南路 88 号 ，518057", "陈丽", "13800138000", "440305", "粤海街道科技园南路 88 号")]
    [InlineData("李雷 13512345678 深圳市南山区科技园南区 3 栋", "李雷", "13512345678", "440305", "科技园南区 3 栋")]
    public void Smart_paste_splits_name_phone_region_and_street(string text, string name, string mobile, string regionCode, string street)
    {
        var parsed = ReceiverText.Parse(text);
        Assert.Equal(name, parsed.Name);
        Assert.Equal(mobile.Replace(" ", ""), parsed.Mobile.Replace(" ", ""));
        Assert.Equal(regionCode, parsed.Region?.District?.Code);
        Assert.Equal(street, parsed.Address);
    }
}
