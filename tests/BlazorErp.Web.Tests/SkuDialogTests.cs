using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Web.Components.Goods;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BlazorErp.Web.Tests;

/// <summary>The SKU form (新建货品) against the real SaveSku handler on SQLite.</summary>
public sealed class SkuDialogTests : IAsyncLifetime
{
    private ErpBunitContext _ctx = default!;
    private IDialogReference _dialog = default!;

    public async Task InitializeAsync()
    {
        _ctx = await ErpBunitContext.CreateAsync();
        _dialog = await _ctx.ShowAsync<SkuDialog>(new DialogParameters<SkuDialog> { { d => d.Input, new SkuInput() } });
    }

    private void FillValid(string code, string barcodes)
    {
        _ctx.Fill("sku-goods-name", "鲜活基围虾");
        _ctx.Fill("sku-code", code);
        _ctx.Fill("sku-spec", "500g");
        _ctx.Fill("sku-barcodes", barcodes);
        _ctx.Fill("sku-retail", "49.9");
        _ctx.Fill("sku-min", "39.9");
        _ctx.Fill("sku-weight", "560");
    }

    [Fact]
    public async Task A_merchant_code_with_a_pasted_space_is_explained_at_the_field_and_not_saved()
    {
        FillValid("XIA-JW-500 ", "6901234500017");
        _ctx.Click("sku-save");

        _ctx.Provider.WaitForAssertion(() => Assert.Contains("开头或结尾有空格", _ctx.Provider.Markup));
        Assert.False(_dialog.Result.IsCompleted);
        await using var db = await _ctx.DbAsync();
        Assert.False(await db.Set<Sku>().AnyAsync());
    }

    [Fact]
    public async Task A_minimum_price_above_the_retail_price_is_refused_at_the_field()
    {
        FillValid("XIA-JW-500", "6901234500017");
        _ctx.Fill("sku-min", "59.9");
        _ctx.Click("sku-save");

        _ctx.Provider.WaitForAssertion(() => Assert.Contains("最低价不能高于零售价", _ctx.Provider.Markup));
        Assert.False(_dialog.Result.IsCompleted);
    }

    [Fact]
    public async Task A_valid_form_saves_the_sku_with_its_barcodes()
    {
        FillValid("XIA-JW-500", "6901234500017, 6901234500024");
        _ctx.Click("sku-save");

        var result = await _dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(result!.Canceled);
        await using var db = await _ctx.DbAsync();
        var sku = await db.Set<Sku>().Include(s => s.Goods).SingleAsync();
        Assert.Equal(("XIA-JW-500", "鲜活基围虾", 49.9m, 39.9m, 560), (sku.MerchantCode, sku.Goods.Name, sku.RetailPrice, sku.MinPrice, sku.WeightGrams));
        Assert.Equal(["6901234500017", "6901234500024"], sku.Barcodes.Select(b => b.Code));
    }

    [Fact]
    public async Task An_image_path_from_the_clerks_computer_is_refused_at_the_field()
    {
        FillValid("XIA-JW-500", "6901234500017");
        _ctx.Fill("sku-image", @"D:\图片\虾.jpg");
        _ctx.Click("sku-save");

        _ctx.Provider.WaitForAssertion(() => Assert.Contains("不是有效的网址", _ctx.Provider.Markup));
        Assert.False(_dialog.Result.IsCompleted);
        Assert.Empty(_ctx.Provider.FindAll("[data-testid=sku-image-preview]"));
        await using var db = await _ctx.DbAsync();
        Assert.False(await db.Set<Sku>().AnyAsync());
    }

    [Fact]
    public async Task An_image_address_is_previewed_and_saved()
    {
        FillValid("XIA-JW-500", "6901234500017");
        _ctx.Fill("sku-image", "https://img.example.com/xia-500.jpg");
        _ctx.Provider.WaitForAssertion(() =>
            Assert.Equal("https://img.example.com/xia-500.jpg", _ctx.Provider.Find("[data-testid=sku-image-preview]").GetAttribute("src")));
        _ctx.Click("sku-save");

        await _dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        await using var db = await _ctx.DbAsync();
        Assert.Equal("https://img.example.com/xia-500.jpg", (await db.Set<Sku>().SingleAsync()).ImageUrl);
    }

    [Fact]
    public async Task A_barcode_already_used_by_another_sku_is_reported_in_the_dialog()
    {
        await _ctx.Services.GetRequiredService<SaveSku>().HandleAsync(new SkuInput
        {
            GoodsName = "泡藕带", MerchantCode = "OUDAI-300", Barcodes = "6901234500017", RetailPrice = 19.9m,
        });
        FillValid("XIA-JW-500", "6901234500017");
        _ctx.Click("sku-save");

        _ctx.Provider.WaitForAssertion(() =>
            Assert.Contains("条形码 6901234500017 已被商家编码「OUDAI-300」使用", _ctx.Provider.Find("[data-testid=sku-dialog-error]").TextContent));
        Assert.False(_dialog.Result.IsCompleted);
    }

    public async Task DisposeAsync() => await _ctx.DisposeAsync();
}
