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
        Assert.True(document.SetLines([new StockDocumentLine(7, 10, 5m), new StockDocumentLine(7, 5, 6m)]).Succeeded);
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
