using BlazorErp.Core.Orders;
using BlazorErp.Core.Regions;

namespace BlazorErp.Core.Tests;

/// <summary>How an order takes a newer version of its platform trade, by where it is and what clerks did to it.</summary>
public class PlatformChangeTests
{
    private static readonly DateTime T0 = new(2026, 11, 23, 9, 0, 0);

    private static Receiver Receiver(string street = "科技园南区 1 栋")
    {
        var path = RegionDirectory.China.Resolve("广东", "深圳", "南山区").Value!;
        return new Receiver("张三", "13800138000", path.Province.Name, path.City!.Name, path.District!.Name, street, null, path.Province.Code, path.City.Code, path.District.Code);
    }

    private static PlatformTrade Trade(int minutes, string status = "WAIT_SELLER_SEND_GOODS", string street = "科技园南区 1 栋", string? memo = null,
        params (long Oid, string Code, int Quantity)[] lines) =>
        new(1001, status, T0.AddMinutes(minutes), T0, "buyer", null, memo, Receiver(street), 60, 0, 0, 60,
            (lines.Length > 0 ? lines : [(10011L, "A", 2), (10012L, "B", 1)]).Select(l => new PlatformLine(l.Oid, l.Code, l.Code, null, l.Quantity, 20, 20 * l.Quantity, false)).ToList());

    private static Order Built() => Order.FromPlatform(1, Trade(0), code => code == "A" ? 1 : 2, T0);

    [Fact]
    public void A_closed_trade_cancels_an_order_still_following_the_platform_but_only_flags_an_approved_one()
    {
        var waiting = Built();
        Assert.Equal(PlatformChange.Cancelled, waiting.ApplyPlatformTrade(Trade(5, "TRADE_CLOSED"), _ => 1));
        Assert.Equal(OrderStatus.Cancelled, waiting.Status);

        var approved = Built();
        approved.Approve("reviewer", T0, [new ReservedStock(1, 2), new ReservedStock(2, 1)]);
        approved.ApplyPlatformTrade(Trade(5, "TRADE_CLOSED"), _ => 1);
        Assert.Equal(OrderStatus.Approved, approved.Status); // it holds stock and a waybill: a clerk sends it back first
        Assert.True(approved.Flags.HasFlag(OrderFlags.RefundRequested));
        Assert.Equal(2, approved.Reserved.Count);
    }

    [Fact]
    public void A_memo_change_on_the_platform_is_not_mistaken_for_changed_items_after_a_clerk_edited_or_split()
    {
        var order = Built();
        order.SetLineQuantity(0, 1); // the clerk sends one A for now
        order.AddGift(3, "GIFT", "赠品", null, 1);
        var change = order.ApplyPlatformTrade(Trade(5, memo: "加急"), _ => 1);
        Assert.Equal(PlatformChange.None, change);
        Assert.Equal(OrderFlags.None, order.Flags);
        Assert.Equal([1, 1, 1], order.Lines.Select(l => l.Quantity)); // the clerk's work stands
        Assert.Equal("加急", order.SellerMemo);
    }

    [Fact]
    public void A_real_item_change_on_a_worked_order_raises_an_exception_instead_of_undoing_the_clerks_work()
    {
        var order = Built();
        var part = order.SplitOff([0, 1], T0).Value!; // B ships later
        order.ApplyPlatformTrade(Trade(5, lines: [(10011L, "A", 3), (10012L, "B", 1)]), _ => 1);
        Assert.True(order.Flags.HasFlag(OrderFlags.ItemsChanged));
        Assert.Equal([("A", 2)], order.Lines.Select(l => (l.MerchantCode!, l.Quantity))); // not the whole trade back: B is in the split part
        Assert.Equal([("B", 1)], part.Lines.Select(l => (l.MerchantCode!, l.Quantity)));
    }

    [Fact]
    public void A_new_remark_must_be_acknowledged_again()
    {
        var order = Built();
        order.ApplyPlatformTrade(Trade(5, memo: "周末送"), _ => 1);
        order.Acknowledge(ReviewFinding.SellerMemo);
        order.ApplyPlatformTrade(Trade(10, memo: "改成工作日送"), _ => 1);
        Assert.False(order.Acknowledged.HasFlag(ReviewFinding.SellerMemo));
    }
}
