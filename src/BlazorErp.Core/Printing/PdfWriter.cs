using SkiaSharp;

namespace BlazorErp.Core.Printing;

/// <summary>One page of a document: its size and the block that fills it (margins are the block's padding).</summary>
internal sealed record PdfPage(PageSize Size, Block Content);

/// <summary>Draws pages into one PDF with SkiaSharp. The font is embedded once per document, so batch pages.</summary>
internal static class PdfWriter
{
    public static byte[] Write(DrawContext context, string title, IEnumerable<PdfPage> pages)
    {
        using var stream = new SKDynamicMemoryWStream();
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = title;
        metadata.Creator = "BlazorErp";
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            foreach (var page in pages)
            {
                var canvas = document.BeginPage(page.Size.WidthPoints, page.Size.HeightPoints);
                context.BeginPage(canvas);
                page.Content.Draw(context, 0, 0, page.Size.WidthMm, page.Size.HeightMm);
                context.EndPage();
                document.EndPage();
            }
            document.Close();
        }
        using var data = stream.DetachAsData();
        return data.ToArray();
    }
}
