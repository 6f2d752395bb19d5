using BlazorErp.Core.MasterData.Features;
using BlazorErp.Web.Components.Goods;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BlazorErp.Web.Tests;

/// <summary>The goods list (货品档案) against the real search on SQLite.</summary>
public sealed class GoodsListTests : IAsyncLifetime
{
    private ErpBunitContext _ctx = default!;

    public async Task InitializeAsync()
    {
        _ctx = await ErpBunitContext.CreateAsync();
        _ctx.Bunit.Render<MudPopoverProvider>();
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
}
