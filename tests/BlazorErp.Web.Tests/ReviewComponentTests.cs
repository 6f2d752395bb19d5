using System.Security.Claims;
using BlazorErp.Core.Common;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.Inventory.Features;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Regions;
using BlazorErp.Core.Review;
using BlazorErp.Core.Review.Features;
using BlazorErp.Web.Components.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BlazorErp.Web.Tests;

/// <summary>The review queue's row chips and the order editor, against the real review use cases on SQLite.</summary>
public sealed class ReviewComponentTests : IAsyncLifetime
{
    private ErpBunitContext _ctx = default!;
    private long _orderId;
    private IReadOnlyList<Courier> _couriers = [];
    private IReadOnlyList<Warehouse> _warehouses = [];

    public async Task InitializeAsync()
    {
        _ctx = await ErpBunitContext.CreateAsync();
        _ctx.Bunit.Render<MudPopoverProvider>();
        var services = _ctx.Services;
        var warehouse = (await services.GetRequiredService<SaveWarehouse>().HandleAsync(new WarehouseInput { Code = "BD", Name = "本地仓库", Type = WarehouseType.Own })).Value;
        var courier = (await services.GetRequiredService<SaveCourier>().HandleAsync(new CourierInput { Code = "ZTO", Name = "中通快递", Rates = [new RateInput(null, 1, 5, 2)] })).Value;
        var shop = (await services.GetRequiredService<SaveShop>().HandleAsync(new ShopInput { Name = "淘宝-鸿运旗舰店", Platform = Platform.Taobao })).Value;
        var sku = (await services.GetRequiredService<SaveSku>().HandleAsync(new SkuInput { GoodsName = "泡藕带", MerchantCode = "OUDAI-300", RetailPrice = 19.8m })).Value;
        var opening = (await services.GetRequiredService<CreateStockDocument>().HandleAsync(new StockDocumentInput(StockDocumentType.OpeningBalance, warehouse, "期初",
            [new StockDocumentLineInput("OUDAI-300", 10, 8m)]))).Value;
        await services.GetRequiredService<AuditStockDocument>().HandleAsync(opening);
        var path = RegionDirectory.China.Resolve("湖北", "武汉", "江汉区").Value!;
        var receiver = new Receiver("王先生", "13800271234", path.Province.Name, path.City!.Name, path.District!.Name, "新华路 218 号", null,
            path.Province.Code, path.City.Code, path.District.Code);
        var order = Order.Manual(shop, "buyer", receiver, [new OrderLine(0, 1, "OUDAI-300", "泡藕带", null, 2, 19.8m, 39.6m, sku, false)], 0,
            "请周末送货", null, DateTime.UtcNow);
        order.Assign(courier, warehouse, warehouseIsRemoteBucket: false);
        await using (var db = await _ctx.DbAsync())
        {
            db.Add(order);
            await db.SaveChangesAsync();
        }
        _orderId = order.Id;
        _couriers = await services.GetRequiredService<ListMasterData>().CouriersAsync();
        _warehouses = await services.GetRequiredService<ListMasterData>().WarehousesAsync();
        ActAs("u-zhang", "reviewer", "张三");
    }

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    private void ActAs(string id, string userName, string displayName) =>
        _ctx.Services.GetRequiredService<CurrentUser>().Principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, userName), new Claim(CurrentUser.DisplayNameClaim, displayName)], "test"));

    private IRenderedComponent<ReviewEditor> RenderEditor() => _ctx.Bunit.Render<ReviewEditor>(p => p
        .Add(e => e.OrderId, _orderId).Add(e => e.Couriers, _couriers).Add(e => e.Warehouses, _warehouses));

    private async Task<Order> OrderAsync()
    {
        await using var db = await _ctx.DbAsync();
        return await db.Set<Order>().AsNoTracking().SingleAsync(o => o.Id == _orderId);
    }

    [Fact]
    public void A_row_shows_exceptions_outstanding_findings_and_who_holds_it()
    {
        var row = new ReviewRow(1, 1, "123", "店", "buyer", "王先生", "138", "湖北省武汉市江汉区", "OUDAI-300×2", 39.6m, null, "中通快递", "本地仓库",
            OrderFlags.RefundRequested, ReviewFinding.BuyerMessage | ReviewFinding.OutOfStock, ReviewFinding.BuyerMessage | ReviewFinding.OutOfStock,
            "请周末送货", null, "张三", OrderStatus.PendingReview);

        var chips = _ctx.Bunit.Render<ReviewRowChips>(p => p.Add(c => c.Row, row));

        var texts = chips.FindAll(".mud-chip").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["退款", "买家留言", "库存不足", "张三 正在处理"], texts);
        Assert.Contains("mud-chip-color-warning", chips.FindAll(".mud-chip")[1].ClassName); // to acknowledge
        Assert.Contains("mud-chip-color-error", chips.FindAll(".mud-chip")[2].ClassName);   // blocks approval
    }

    [Fact]
    public async Task The_editor_claims_the_order_refuses_approval_until_the_buyer_message_is_acknowledged_then_approves()
    {
        var editor = RenderEditor();
        editor.WaitForAssertion(() => Assert.Contains("请周末送货", editor.Find("[data-testid=buyer-message]").TextContent));
        await using (var db = await _ctx.DbAsync())
            Assert.Equal("张三", (await db.Set<OrderClaim>().SingleAsync(c => c.OrderId == _orderId)).HolderName);

        // The checks have not run yet for this new order; approving runs them and says what is outstanding.
        editor.Find("[data-testid=review-approve]").Click();
        editor.WaitForAssertion(() => Assert.Contains("还有未处理的审核项：买家留言", editor.Find("[data-testid=review-error]").TextContent));
        Assert.Equal(OrderStatus.PendingReview, (await OrderAsync()).Status);

        editor.Find("input[data-testid=ack-BuyerMessage]").Change(true); // MudCheckBox puts the test id on its input
        editor.Find("[data-testid=review-approve]").Click();
        await WaitAsync(async () => (await OrderAsync()).Status == OrderStatus.Approved);
        var approved = await OrderAsync();
        Assert.True(approved.Acknowledged.HasFlag(ReviewFinding.BuyerMessage));
        Assert.Equal("reviewer", approved.ApprovedBy);
    }

    [Fact]
    public void The_history_names_what_changed_in_the_clerks_words()
    {
        var l = _ctx.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Core.Localization.Strings>>();
        var text = OrderHistoryText.Describe("""
            {"Status":{"before":"PendingReview","after":"Approved"},"Findings":{"before":"None","after":"BuyerMessage, SellerMemo"},
             "Version":{"before":1,"after":2},"NeedsChecks":{"before":true,"after":false}}
            """, l);
        Assert.Equal("状态：待审核 → 已审核；审核检查：无 → 买家留言、卖家备注", text);
    }

    [Fact]
    public async Task Someone_elses_order_is_read_only_with_their_name_until_taken_over()
    {
        ActAs("u-li", "reviewer2", "李娜");
        Assert.True((await _ctx.Services.GetRequiredService<ClaimOrder>().HandleAsync(_orderId)).Mine);
        ActAs("u-zhang", "reviewer", "张三");

        var editor = RenderEditor();
        editor.WaitForAssertion(() => Assert.Contains("李娜 正在处理", editor.Find("[data-testid=claim-banner]").TextContent));
        Assert.True(editor.Find("input[data-testid=edit-name]").HasAttribute("disabled"));
        Assert.Empty(editor.FindAll("[data-testid=review-approve]"));

        editor.Find("[data-testid=claim-takeover]").Click();
        editor.WaitForAssertion(() => Assert.Empty(editor.FindAll("[data-testid=claim-banner]")));
        Assert.False(editor.Find("input[data-testid=edit-name]").HasAttribute("disabled"));
        await using var db = await _ctx.DbAsync();
        var claim = await db.Set<OrderClaim>().SingleAsync(c => c.OrderId == _orderId);
        Assert.Equal(("张三", "李娜"), (claim.HolderName, claim.TakenFromName));
    }

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        for (var waited = 0; waited < 5_000; waited += 50)
        {
            if (await condition()) return;
            await Task.Delay(50);
        }
        Assert.Fail("condition not met within 5 s");
    }
}
