using BlazorErp.Core.Inventory;
using BlazorErp.Core.MasterData;

namespace BlazorErp.Core.Tests;

public class GoodsTests
{
    private static SkuDetails Details(string code, params string[] barcodes) => new(code, "500g", barcodes, 39.9m, 29.9m, 18m, 520);

    [Theory]
    [InlineData("XIA-500", null)]
    [InlineData(" XIA-500", "MerchantCode.OuterSpace")]
    [InlineData("XIA-500 ", "MerchantCode.OuterSpace")]
    [InlineData("XIA 500", "MerchantCode.InnerSpace")]
    [InlineData("XIA\u3000500", "MerchantCode.InnerSpace")]
    [InlineData("", "MerchantCode.Required")]
    public void Merchant_codes_with_pasted_spaces_get_their_own_error(string code, string? expected) =>
        Assert.Equal(expected, MerchantCode.Check(code)?.Code);

    [Fact]
    public void Merchant_code_uniqueness_ignores_case() => Assert.Equal(MerchantCode.Key("xia-500"), MerchantCode.Key("XIA-500"));

    [Theory]
    [InlineData(-1, 0, 0, 100, "Sku.NegativePrice")]
    [InlineData(10, 12, 5, 100, "Sku.MinAboveRetail")]
    [InlineData(10, 8, 5, -1, "Sku.NegativeWeight")]
    public void Sku_fields_are_checked(decimal retail, decimal min, decimal cost, int grams, string error) =>
        Assert.Equal(error, Sku.Check(new SkuDetails("A1", null, [], retail, min, cost, grams))?.Code);

    [Fact]
    public void A_barcode_may_not_repeat_on_one_sku_or_contain_spaces()
    {
        Assert.Equal("Sku.BarcodeRepeated", Sku.Check(Details("A1", "690123", "690123"))?.Code);
        Assert.Equal("Sku.BarcodeInvalid", Sku.Check(Details("A1", "690 123"))?.Code);
        Assert.Null(Sku.Check(Details("A1", "690123", "690124")));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("  ", null)]
    [InlineData("https://img.example.com/xia-500.jpg", null)]
    [InlineData("http://img.alicdn.com/bao/uploaded/i1/xia.jpg?x=1&y=2", null)]
    [InlineData(" https://img.example.com/xia.jpg ", null)]               // pasted spaces around are trimmed on save
    [InlineData(@"D:\图片\虾.jpg", "Sku.ImageUrlInvalid")]               // a path on the clerk's own computer
    [InlineData("img.example.com/xia.jpg", "Sku.ImageUrlInvalid")]       // no scheme
    [InlineData("ftp://img.example.com/xia.jpg", "Sku.ImageUrlInvalid")]
    [InlineData("javascript:alert(1)", "Sku.ImageUrlInvalid")]
    [InlineData("https://img.example.com/鲜 虾.jpg", "Sku.ImageUrlInvalid")]
    [InlineData("file:///C:/xia.jpg", "Sku.ImageUrlInvalid")]
    public void An_image_url_is_blank_or_an_absolute_web_address(string? url, string? error) =>
        Assert.Equal(error, Sku.Check(new SkuDetails("A1", null, [], 10, 8, 5, 100, url))?.Code);

    [Fact]
    public void An_image_url_is_at_most_400_characters()
    {
        var url = "https://img.example.com/" + new string('a', 400 - 24);
        Assert.Null(Sku.CheckImageUrl(url));
        Assert.Equal("Sku.ImageUrlTooLong", Sku.CheckImageUrl(url + "a")?.Code);
    }

    [Theory]
    [InlineData("13800138000", true)]
    [InlineData(" 13800138000 ", true)]
    [InlineData("027-85551234", true)]
    [InlineData("02785551234", true)]
    [InlineData("13800138000-1234", true)]   // a platform privacy number with its extension
    [InlineData("1380013800", false)]
    [InlineData("12800138000", false)]
    [InlineData("85551234", false)]           // a landline needs its area code
    [InlineData("", false)]
    public void A_receiver_phone_is_a_mobile_or_a_landline_with_area_code(string phone, bool valid) =>
        Assert.Equal(valid, PhoneNumber.IsValid(phone));

    [Fact]
    public void A_customer_keeps_one_default_address_and_refuses_an_incomplete_one()
    {
        var customer = new Customer(Platform.Taobao, "tb_lily_chen");
        var nanshan = new CustomerAddress("陈丽", "13800138000", "440000", "440300", "440305", "科技园南区", false);

        Assert.True(customer.SetAddresses([nanshan, nanshan with { Street = "海岸城", IsDefault = true }, nanshan with { IsDefault = true }]).Succeeded);
        Assert.Equal([false, true, false], customer.Addresses.Select(a => a.IsDefault));

        var refused = customer.SetAddresses([nanshan, nanshan with { CityCode = "440100" }]); // 南山区 is not in 广州
        Assert.Equal("Customer.AddressRow(2, Region.Unknown(440305))", refused.Error!.ToString());
        Assert.Equal(3, customer.Addresses.Count);
    }

    [Fact]
    public void A_combo_expands_to_its_components_times_the_quantity()
    {
        var goods = new Goods("虾+泡藕带组合", "生鲜", null, "套");
        var shrimp = new Goods("鲜虾", "生鲜", null, null).AddSku(Details("XIA-500")).Value!;
        var lotus = new Goods("泡藕带", "生鲜", null, null).AddSku(Details("OUDAI-300")).Value!;
        SetId(shrimp, 1);
        SetId(lotus, 2);
        var combo = goods.AddSku(Details("TAO-1")).Value!;
        SetId(combo, 3);

        Assert.True(combo.SetComboItems([(shrimp, 2), (lotus, 1)]).Succeeded);

        Assert.Equal([(1L, 6), (2L, 3)], combo.Expand(3));
        Assert.Equal([(1L, 4)], shrimp.Expand(4));
    }

    [Fact]
    public void A_combo_cannot_contain_itself_another_combo_or_zero_quantities()
    {
        var goods = new Goods("组合", null, null, null);
        var a = goods.AddSku(Details("A")).Value!;
        var b = goods.AddSku(Details("B")).Value!;
        var c = goods.AddSku(Details("C")).Value!;
        SetId(a, 1); SetId(b, 2); SetId(c, 3);

        Assert.Equal("Combo.ContainsItself", a.SetComboItems([(a, 1)]).Error!.Code);
        Assert.Equal("Combo.QuantityInvalid", a.SetComboItems([(b, 0)]).Error!.Code);
        Assert.True(b.SetComboItems([(c, 1)]).Succeeded);
        Assert.Equal("Combo.Nested", a.SetComboItems([(b, 1)]).Error!.Code);
    }

    [Fact]
    public void An_audited_document_is_reversed_with_the_opposite_movement_and_never_edited()
    {
        var document = new StockDocument("QC20261122-0001", StockDocumentType.OpeningBalance, 1, null, "admin", DateTime.UtcNow);
        Assert.True(document.SetLines([new StockDocumentLine(7, 10, 5m), new StockDocumentLine(7, 5, 5m)]).Succeeded);
        Assert.Equal([new StockLine(7, 15)], document.Audit("admin", DateTime.UtcNow).Value);

        Assert.Equal("StockDocument.NotDraft", document.SetLines([new StockDocumentLine(7, 1, 1m)]).Error!.Code);
        Assert.Equal("StockDocument.NotDraft", document.Audit("admin", DateTime.UtcNow).Error!.Code);
        Assert.Equal([new StockLine(7, -15)], document.Reverse("admin", DateTime.UtcNow).Value);
        Assert.Equal("StockDocument.NotAudited", document.Reverse("admin", DateTime.UtcNow).Error!.Code);
    }

    private static void SetId(Sku sku, long id) => typeof(Sku).BaseType!.GetProperty("Id")!.SetValue(sku, id);
}

public class PlatformGoodsTests
{
    private static readonly Dictionary<string, long> Skus = new() { ["XIA-JW-500"] = 7 };

    [Theory]
    [InlineData("XIA-JW-500", 7L, null)]
    [InlineData("xia-jw-500", 7L, null)]
    [InlineData(null, null, "PlatformGoods.NoOuterCode")]
    [InlineData(" XIA-JW-500", null, "PlatformGoods.OuterCodeHasSpaces")]
    [InlineData("XIA-JW-999", null, "PlatformGoods.UnknownCode")]
    public void Listings_match_by_exact_merchant_code_and_unmatched_ones_say_why(string? outerCode, long? skuId, string? reason)
    {
        var listing = new PlatformGoods(1, "5551234", "88001", "洪湖鲜活基围虾 500g", "规格:500g", outerCode);

        listing.Match(key => Skus.TryGetValue(key, out var id) ? id : null);

        Assert.Equal((skuId, reason), (listing.MatchedSkuId, listing.UnmatchedReason));
    }
}
