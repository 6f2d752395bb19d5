using System.Text.RegularExpressions;
using BlazorErp.Core.Common;
using BlazorErp.Core.Demo;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.Inventory.Features;

namespace BlazorErp.Core.Tests;

public class StockDocumentTests
{
    private static StockDocument Draft() => new("QC20261123-0001", StockDocumentType.OpeningBalance, 1, null, "warehouse", DateTime.UtcNow);

    [Fact]
    public void One_sku_on_two_lines_with_different_costs_is_refused_and_with_the_same_cost_merged()
    {
        var document = Draft();

        var refused = document.SetLines([new StockDocumentLine(7, 5, 30m), new StockDocumentLine(7, 5, 0m)]);

        Assert.Equal("StockDocument.CostsDiffer", refused.Error!.Code);
        Assert.True(document.SetLines([new StockDocumentLine(7, 5, 30m), new StockDocumentLine(7, 5, 30m)]).Succeeded);
        Assert.Equal(new StockDocumentLine(7, 10, 30m), Assert.Single(document.Lines));
    }

    [Fact]
    public void A_draft_may_be_deleted_an_audited_document_not()
    {
        var document = Draft();
        document.SetLines([new StockDocumentLine(7, 5, 30m)]);
        Assert.True(document.CheckDeletable().Succeeded);

        document.Audit("warehouse", DateTime.UtcNow);

        Assert.Equal("StockDocument.NotDraft", document.CheckDeletable().Error!.Code);
    }

    [Theory]
    [InlineData("XIA-XR-500 5 30元", "StockDocuments.CostInvalid", 1, "30元")]
    [InlineData("XIA-XR-500 5 30\n\nOUDAI-300 2 ¥12", "StockDocuments.CostInvalid", 3, "¥12")]
    [InlineData("XIA-XR-500 五", "StockDocuments.LineInvalid", 1, "XIA-XR-500 五")]
    [InlineData("XIA-XR-500 5 30 备注", "StockDocuments.LineInvalid", 1, "XIA-XR-500 5 30 备注")]
    public void An_unreadable_line_or_cost_is_refused_with_its_line_number(string text, string code, int line, string shown)
    {
        var parsed = StockDocumentLineText.Parse(text);

        Assert.Equal(new Error(code, line, shown).ToString(), parsed.Error!.ToString());
    }

    [Fact]
    public void Lines_are_read_with_their_line_numbers_and_a_missing_cost_is_zero()
    {
        var parsed = StockDocumentLineText.Parse("XIA-XR-500\t5\t30.5\r\n\r\nOUDAI-300，2").Value!;

        Assert.Equal([("XIA-XR-500", 5, 30.5m, 1), ("OUDAI-300", 2, 0m, 3)],
            parsed.Select(l => (l.MerchantCode, l.Quantity, l.UnitCost, l.LineNo ?? 0)));
    }

    [Fact]
    public void Demo_skus_that_state_their_weight_weigh_that_plus_packing()
    {
        var stated = SeedDemoMerchant.DemoGoods().SelectMany(g => g.Skus)
            .Select(s => (s.MerchantCode, s.WeightGrams, Match: Regex.Match(s.SpecName ?? "", @"^(\d+(?:\.\d+)?)(kg|g)\b")))
            .Where(s => s.Match.Success)
            .Select(s => (s.MerchantCode, s.WeightGrams, Net: (int)(decimal.Parse(s.Match.Groups[1].Value) * (s.Match.Groups[2].Value == "kg" ? 1000 : 1))))
            .ToList();

        Assert.Contains(stated, s => s.MerchantCode == "MIJU-300");
        Assert.All(stated, s => Assert.InRange(s.WeightGrams, s.Net, s.Net + 200));
    }
}
