using BlazorErp.Core.Printing;
using BlazorErp.Testing;
using UglyToad.PdfPig;

namespace BlazorErp.Core.Tests.Printing;

public class WaybillPdfTests
{
    private static readonly WaybillRenderer Renderer = new();

    [Theory]
    [InlineData(WaybillLabelSize.Mm100x180, 100, 180)]
    [InlineData(WaybillLabelSize.Mm76x130, 76, 130)]
    public void Each_waybill_is_a_page_of_the_label_size_showing_its_receiver_address_and_tracking_number(
        WaybillLabelSize size, float widthMm, float heightMm)
    {
        var waybills = Enumerable.Range(0, 8).Select(i => PrintSamples.Waybill(i, size)).ToList();

        var pdf = Renderer.RenderWaybills(waybills);

        using (var document = PdfDocument.Open(pdf))
        {
            Assert.Equal(8, document.NumberOfPages);
            foreach (var page in document.GetPages())
            {
                // SkiaSharp writes the page box in whole points.
                Assert.Equal(Math.Round(widthMm * 72 / 25.4), page.Width);
                Assert.Equal(Math.Round(heightMm * 72 / 25.4), page.Height);
            }
        }
        var pages = PdfText.Pages(pdf);
        for (var i = 0; i < waybills.Count; i++)
        {
            var waybill = waybills[i];
            Assert.Contains(PdfText.Normalize(waybill.Receiver.Name + waybill.Receiver.Phone), pages[i]);
            Assert.Contains(PdfText.Normalize(waybill.Receiver.Address), pages[i]);
            Assert.Contains(PdfText.Normalize(waybill.Sender.Address), pages[i]);
            Assert.Contains(waybill.TrackingNumber, pages[i]);
            Assert.Contains(waybill.OrderNumber, pages[i]);
            Assert.Contains(PdfText.Normalize(waybill.SortingText), pages[i]);
            Assert.Contains(waybill.CourierName, pages[i]);
            // Not the neighbour's: pages are in batch order.
            Assert.DoesNotContain(waybills[(i + 1) % waybills.Count].TrackingNumber, pages[i]);
        }
    }

    [Fact]
    public void An_address_too_long_for_its_box_ends_with_an_ellipsis()
    {
        var waybill = PrintSamples.Waybill(2, WaybillLabelSize.Mm76x130);
        var address = string.Concat(Enumerable.Repeat("北京市朝阳区建国路八十八号现代城", 8)) + "末尾";
        waybill = waybill with { Receiver = waybill.Receiver with { Address = address } };

        var page = PdfText.Pages(Renderer.RenderWaybills([waybill]))[0];

        Assert.Contains("北京市朝阳区建国路八十八号现代城北京市", page);
        Assert.DoesNotContain("末尾", page);
        Assert.Contains("...", page);
        // What follows the address box is still there.
        Assert.Contains(PdfText.Normalize(waybill.Sender.Address), page);
    }

    [Fact]
    public void The_font_is_embedded_once_per_document_not_per_page()
    {
        var one = Renderer.RenderWaybills([PrintSamples.Waybill(0)]).Length;
        var fifty = Renderer.RenderWaybills(Enumerable.Range(0, 50).Select(i => PrintSamples.Waybill(i)).ToList()).Length;

        // The subset font is ~2.3 MB; a page without it is a few kilobytes.
        Assert.InRange(one, 500_000, 3_000_000);
        Assert.InRange(fifty - one, 1, 50 * 30_000);
    }

    [Fact]
    public void An_empty_batch_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Renderer.RenderWaybills([]));
    }
}
