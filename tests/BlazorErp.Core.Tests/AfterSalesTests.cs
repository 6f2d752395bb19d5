using BlazorErp.Core.AfterSales;
using BlazorErp.Core.Orders;

namespace BlazorErp.Core.Tests;

/// <summary>After-sales cases as domain rules: states, quantity ceilings, refunds; and refunds before shipping on the order.</summary>
public class AfterSalesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 3, 0, 0, DateTimeKind.Utc);
    private const long Shirt = 1, Socks = 2, Hat = 3;

    private static readonly CaseLine[] Shipped = [new(Shirt, "SHIRT", "衬衫", 2, 0, 99m), new(Socks, "SOCKS", "袜子", 3, 0, 10m)];

    private static CaseRegistration Registration(CaseType type = CaseType.Return, string reason = CaseReasons.Quality, long? returnWarehouse = 7,
        long? outgoingWarehouse = null, decimal refund = 0) =>
        new(type, 1, 100, 5000, "buyer", "张三", "13800138000", reason, null, "中通快递", " zt 123 ", returnWarehouse, outgoingWarehouse, refund);

    private static CaseLine[] Expect(int shirts, int socks) => [Shipped[0] with { Expected = shirts }, Shipped[1] with { Expected = socks }];

    private static AfterSalesCase Return(int shirts = 2, int socks = 1) =>
        AfterSalesCase.Register(Registration(), Expect(shirts, socks), [], "赵敏", Now).Value!;

    [Fact]
    public void A_return_waits_for_its_parcel_with_only_the_lines_that_come_back()
    {
        var @case = Return(shirts: 2, socks: 0);
        Assert.Equal(CaseStatus.AwaitingReturn, @case.Status);
        Assert.Equal("ZT123", @case.ReturnTrackingNo);
        Assert.Equal([Shirt], @case.Lines.Select(l => l.SkuId));
    }

    [Theory]
    [InlineData(3, 0, "AfterSales.QuantityAboveShipped")]
    [InlineData(0, 0, "AfterSales.NothingComesBack")]
    public void A_return_cannot_ask_for_more_than_shipped_or_nothing(int shirts, int socks, string code)
    {
        var registered = AfterSalesCase.Register(Registration(), Expect(shirts, socks), [], "赵敏", Now);
        Assert.Equal(code, registered.Error!.Code);
    }

    [Fact]
    public void Registration_needs_a_reason_a_return_warehouse_and_for_an_exchange_goods_and_a_warehouse()
    {
        Assert.Equal("AfterSales.ReasonRequired", AfterSalesCase.Register(Registration(reason: " "), Expect(1, 0), [], "x", Now).Error!.Code);
        Assert.Equal("AfterSales.ReturnWarehouseRequired", AfterSalesCase.Register(Registration(returnWarehouse: null), Expect(1, 0), [], "x", Now).Error!.Code);
        Assert.Equal("AfterSales.NothingGoesOut", AfterSalesCase.Register(Registration(CaseType.Exchange, outgoingWarehouse: 1), Expect(1, 0), [], "x", Now).Error!.Code);
        Assert.Equal("AfterSales.OutgoingWarehouseRequired",
            AfterSalesCase.Register(Registration(CaseType.Exchange), Expect(1, 0), [new(Shirt, "SHIRT", "衬衫", 1, 0)], "x", Now).Error!.Code);
        Assert.Equal("AfterSales.RefundAmountRequired", AfterSalesCase.Register(Registration(CaseType.RefundOnly), Expect(0, 0), [], "x", Now).Error!.Code);
    }

    [Fact]
    public void A_parcel_is_received_once_then_checked_and_the_red_marked_lines_are_refunded()
    {
        var @case = Return(shirts: 2, socks: 1);
        Assert.True(@case.Receive("李四", Now).Succeeded);
        Assert.Equal(CaseStatus.ReceivedAwaitingQc, @case.Status);
        Assert.Equal("AfterSales.AlreadyReceived", @case.Receive("李四", Now).Error!.Code);

        var refund = @case.ConfirmReceipt([new LineCheck(0, 1, 1, NeedsRefund: true), new LineCheck(1, 1, 0, NeedsRefund: false)], "李四", Now);
        Assert.Equal(198m, refund.Value); // two shirts back (one defective), both refunded; the socks are not
        Assert.Equal(CaseStatus.Completed, @case.Status);
        Assert.Equal((1, 1), (@case.Lines[0].Good, @case.Lines[0].Defective));
        Assert.Equal("AfterSales.AlreadyReceived", @case.ConfirmReceipt([new LineCheck(0, 1, 0, true)], "李四", Now).Error!.Code);
    }

    [Fact]
    public void QC_cannot_count_more_than_shipped_nor_nothing_and_a_refused_check_changes_nothing()
    {
        var @case = Return(shirts: 1, socks: 0);
        Assert.Equal("AfterSales.QuantityAboveShipped", @case.ConfirmReceipt([new LineCheck(0, 2, 1, true)], "李四", Now).Error!.Code);
        Assert.Equal("AfterSales.NothingReceived", @case.ConfirmReceipt([new LineCheck(0, 0, 0, true)], "李四", Now).Error!.Code);
        Assert.Equal(CaseStatus.AwaitingReturn, @case.Status);
        // More than the customer announced but within what shipped is what arrived: accepted.
        Assert.True(@case.ConfirmReceipt([new LineCheck(0, 2, 0, false)], "李四", Now).Succeeded);
        Assert.NotNull(@case.ReceivedAtUtc);
    }

    [Fact]
    public void Only_a_case_still_waiting_for_its_parcel_can_be_closed()
    {
        var waiting = Return();
        Assert.Equal("AfterSales.CloseReasonRequired", waiting.Close("", "赵敏", Now).Error!.Code);
        Assert.True(waiting.Close("买家取消退货", "赵敏", Now).Succeeded);
        Assert.Equal(CaseStatus.Closed, waiting.Status);
        Assert.Equal("AfterSales.NotOpen", waiting.Receive("李四", Now).Error!.Code);

        var received = Return();
        received.Receive("李四", Now);
        Assert.Equal("AfterSales.ReceivedCannotClose", received.Close("x", "赵敏", Now).Error!.Code);
    }

    [Fact]
    public void A_reissue_sends_only_goods_of_the_order_no_more_than_shipped_and_is_done_at_once()
    {
        Assert.Equal("AfterSales.ItemNotInOrder",
            AfterSalesCase.Register(Registration(CaseType.Reissue, outgoingWarehouse: 1), Shipped, [new(Hat, "HAT", "帽子", 1, 0)], "x", Now).Error!.Code);
        Assert.Equal("AfterSales.QuantityAboveShipped",
            AfterSalesCase.Register(Registration(CaseType.Reissue, outgoingWarehouse: 1), Shipped, [new(Socks, "SOCKS", "袜子", 4, 0)], "x", Now).Error!.Code);
        var reissue = AfterSalesCase.Register(Registration(CaseType.Reissue, outgoingWarehouse: 1), Shipped, [new(Socks, "SOCKS", "袜子", 1, 0)], "x", Now).Value!;
        Assert.Equal(CaseStatus.Completed, reissue.Status);
        Assert.Equal(0, reissue.RefundAmount);
    }

    [Fact]
    public void A_blind_parcel_matches_only_an_order_that_shipped_what_is_in_it()
    {
        var blind = AfterSalesCase.Blind(null, "yt999", "圆通", 7, [new CaseLine(Shirt, "SHIRT", "衬衫", 0, 0, 0, Good: 2)], "李四", Now).Value!;
        Assert.Equal((CaseStatus.ReceivedAwaitingQc, true, (long?)null), (blind.Status, blind.IsBlind, blind.OrderId));

        var socksOnly = new CaseOrder(100, 1, 5000, "buyer", "张三", "13800138000", [Shipped[1]]);
        Assert.Equal("AfterSales.ItemNotInOrder", blind.MatchOrder(socksOnly).Error!.Code);
        var oneShirt = new CaseOrder(101, 1, 5001, "buyer", "张三", "13800138000", [Shipped[0] with { Shipped = 1 }]);
        Assert.Equal("AfterSales.QuantityAboveShipped", blind.MatchOrder(oneShirt).Error!.Code);

        Assert.True(blind.MatchOrder(new CaseOrder(102, 1, 5002, "buyer", "张三", "13800138000", Shipped)).Succeeded);
        Assert.Equal((102L, 1L, 99m), (blind.OrderId!.Value, blind.ShopId!.Value, blind.Lines[0].Price));
        Assert.Equal("AfterSales.NotUnmatched", blind.MatchOrder(new CaseOrder(102, 1, 5002, "buyer", "张三", "13800138000", Shipped)).Error!.Code);
    }

    private static Order Pending(decimal postFee = 8m) => Order.Manual(1, "buyer", new Receiver("张三", "13800138000", "广东省", "深圳市", "南山区", "科技园", null, "440000", "440300", "440305"),
        [new OrderLine(0, 1, "SHIRT", "衬衫", null, 2, 99m, 198m, Shirt, false), new OrderLine(0, 2, "SOCKS", "袜子", null, 3, 10m, 30m, Socks, false),
         new OrderLine(0, 3, "GIFT", "赠品", null, 1, 0m, 0m, Hat, true)], postFee, null, null, Now);

    [Fact]
    public void A_refund_before_shipping_takes_the_lines_off_and_cancels_an_order_left_with_gifts_only()
    {
        var order = Pending();
        var partial = order.RefundBeforeShipping([1, 0, 0]);
        Assert.Equal(99m, partial.Value);
        Assert.Equal((OrderStatus.PendingReview, 129m, 137m), (order.Status, order.GoodsTotal, order.Paid));
        Assert.Equal(1, order.Lines[0].Quantity);

        Assert.Equal("Order.RefundInvalid", order.RefundBeforeShipping([2, 0, 0]).Error!.Code);
        Assert.Equal("Order.RefundNothing", order.RefundBeforeShipping([0, 0, 0]).Error!.Code);
        Assert.Equal(129m, order.RefundBeforeShipping([1, 3, 0]).Value);
        Assert.Equal(OrderStatus.Cancelled, order.Status);
    }
}
