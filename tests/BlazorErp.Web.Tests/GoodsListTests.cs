using BlazorErp.Core.MasterData.Features;
using BlazorErp.Web.Components.Goods;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BlazorErp.Web.Tests;

/// <summary>The goods list (货品档案) against the real search on SQLite.</summary>
public sealed class GoodsListTests : IAsyncLifetime
{
    private ErpBunitContext _ctx = default!;
    private IRenderedComponent<MudPopoverProvider> _popovers = default!;

    public async Task InitializeAsync()
    {
        _ctx = await ErpBunitContext.CreateAsync();
        _popovers = _ctx.Bunit.Render<MudPopoverProvider>();
        var save = _ctx.Services.GetRequiredService<SaveSku>();
        await save.HandleAsync(new SkuInput { GoodsName = "鲜活基围虾", MerchantCode = "XIA-JW-500", RetailPrice = 49.9m, ImageUrl = "https://img.example.com/xia-500.jpg" });
        await save.HandleAsync(new SkuInput { GoodsName = "泡藕带", MerchantCode = "OUDAI-300", RetailPrice = 19.9m });
    }

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    [Fact]
    public void A_sku_with_a_picture_shows_its_thumbnail_and_one_without_shows_none()
    {
        var page = _ctx.Bunit.Render<GoodsList>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=goods-grid] tbody tr").Count));
        var thumb = Assert.Single(page.FindAll("img[data-testid=sku-thumb]"));
        Assert.Equal(("https://img.example.com/xia-500.jpg", "XIA-JW-500"), (thumb.GetAttribute("src"), thumb.GetAttribute("alt")));
    }

    [Fact]
    public void An_admin_sees_new_import_edit_and_the_row_menu()
    {
        var page = _ctx.Bunit.Render<GoodsList>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=goods-grid] tbody tr").Count));
        Assert.NotEmpty(page.FindAll("[data-testid=goods-create]"));
        Assert.NotEmpty(page.FindAll("[data-testid=goods-import]"));
        Assert.Equal(2, page.FindAll("button[data-testid=sku-edit]").Count);
        Assert.Equal("编辑", page.Find("button[data-testid=sku-edit]").GetAttribute("aria-label"));

        page.Find("button[data-testid=sku-more]").Click(); // 组合装, 停用, 删除 are in the row's menu
        _popovers.WaitForAssertion(() => Assert.Contains("删除", _popovers.Find("[data-testid=sku-delete]").TextContent));
    }

    [Theory]
    [InlineData("warehouse", Core.Admin.Role.Warehouse)]
    [InlineData("reviewer", Core.Admin.Role.ReviewClerk)]
    public void A_clerk_looks_goods_up_but_sees_no_new_import_edit_or_delete(string user, string role)
    {
        _ctx.ActAs(user, role);
        var page = _ctx.Bunit.Render<GoodsList>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=goods-grid] tbody tr").Count));
        foreach (var action in new[] { "goods-create", "goods-import", "sku-edit", "sku-more", "sku-combo", "sku-toggle", "sku-delete" })
            Assert.Empty(page.FindAll($"[data-testid={action}]"));
        Assert.NotEmpty(page.FindAll("[data-testid=goods-export]"));
    }

    [Fact]
    public void Export_carries_the_current_search_and_category()
    {
        var page = _ctx.Bunit.Render<GoodsList>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=goods-grid] tbody tr").Count));

        page.Find("input[data-testid=goods-search]").Input("鲜活 500");

        page.WaitForAssertion(() => Assert.Equal("/goods/export?search=%E9%B2%9C%E6%B4%BB%20500&category=&inactive=false",
            page.Find("[data-testid=goods-export]").GetAttribute("href")));
    }
}
