using BlazorErp.Core.Printing;
using BlazorErp.Testing;
using UglyToad.PdfPig;

namespace BlazorErp.Core.Tests.Printing;

public class PackingSlipPdfTests
{
    private static readonly PackingSlipRenderer Renderer = new();

    [Theory]
    [InlineData(PackingSlipPaper.A5, 148, 210)]
    [InlineData(PackingSlipPaper.A4, 210, 297)]
    public void Each_order_is_a_page_with_its_receiver_lines_and_gift_marks(PackingSlipPaper paper, float widthMm, float heightMm)
    {
        var slips = Enumerable.Range(0, 6).Select(i => PrintSamples.PackingSlip(i, paper)).ToList();

        var pdf = Renderer.RenderPackingSlips(slips);

        using (var document = PdfDocument.Open(pdf))
        {
            Assert.Equal(6, document.NumberOfPages);
            var page = document.GetPage(1);
            // SkiaSharp writes the page box in whole points.
            Assert.Equal(Math.Round(widthMm * 72 / 25.4), page.Width);
            Assert.Equal(Math.Round(heightMm * 72 / 25.4), page.Height);
        }
        var pages = PdfText.Pages(pdf);
        for (var i = 0; i < slips.Count; i++)
        {
            var slip = slips[i];
            var text = pages[i];
            Assert.Contains(slip.OrderNumber, text);
            Assert.Contains(slip.TrackingNumber!, text);
            Assert.Contains(slip.BuyerNick, text);
            Assert.Contains(PdfText.Normalize(slip.Receiver.Name + slip.Receiver.Phone), text);
            Assert.Contains(PdfText.Normalize(slip.Receiver.Address), text);
            Assert.Equal(slip.BuyerMessage is not null, text.Contains(PdfText.Normalize("买家留言：" + slip.BuyerMessage)));
            Assert.Equal(slip.SellerMemo is not null, text.Contains(PdfText.Normalize("卖家备注：" + slip.SellerMemo)));
            AssertLines(slip.Lines, text);
        }
        Assert.Contains(slips, slip => slip.Lines.Any(line => line.IsGift));
        Assert.Contains(slips, slip => slip.Lines.All(line => !line.IsGift));
    }

    [Fact]
    public void A_long_order_continues_on_further_pages_with_every_line_once_and_the_totals_at_the_end()
    {
        var slip = PrintSamples.PackingSlip(4, PackingSlipPaper.A5, lineCount: 30);
        var next = PrintSamples.PackingSlip(5);

        var pages = PdfText.Pages(Renderer.RenderPackingSlips([slip, next]));

        var slipPages = pages.Take(pages.Count - 1).ToList();
        Assert.InRange(slipPages.Count, 2, 6);
        for (var p = 0; p < slipPages.Count; p++)
        {
            Assert.Contains(slip.OrderNumber, slipPages[p]);
            Assert.Contains($"第{p + 1}/{slipPages.Count}页", slipPages[p]);
        }
        Assert.Contains("发货单(续)", slipPages[1]);
        var all = string.Concat(slipPages);
        AssertLines(slip.Lines, all);
        foreach (var line in slip.Lines) Assert.Single(slipPages, page => page.Contains(line.MerchantCode + PdfText.Normalize(line.Name)));
        var totals = PdfText.Normalize($"共 {slip.Lines.Count} 种 {slip.Lines.Sum(l => l.Quantity)} 件");
        Assert.Contains(totals, slipPages[^1]);
        Assert.DoesNotContain(totals, slipPages[0]);
        Assert.Contains("第1/1页", pages[^1]);
        AssertLines(next.Lines, pages[^1]);
    }

    [Fact]
    public void An_empty_batch_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Renderer.RenderPackingSlips([]));
    }

    /// <summary>Each line's merchant code, name, spec and quantity in order, "赠品" on gift lines and only there.</summary>
    private static void AssertLines(IReadOnlyList<PackingSlipLine> lines, string text)
    {
        var at = 0;
        var rows = new List<(int Start, PackingSlipLine Line)>();
        foreach (var line in lines)
        {
            at = text.IndexOf(line.MerchantCode + PdfText.Normalize(line.Name), at, StringComparison.Ordinal);
            Assert.True(at >= 0, $"{line.MerchantCode} {line.Name} is missing or out of order");
            rows.Add((at, line));
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var (start, line) = rows[i];
            var end = i + 1 < rows.Count ? rows[i + 1].Start : text.Length;
            var row = text[start..end];
            Assert.StartsWith(PdfText.Normalize(line.MerchantCode + line.Name + line.Spec + line.Quantity), row);
            Assert.Equal(line.IsGift, row.Contains("赠品"));
        }
    }
}
