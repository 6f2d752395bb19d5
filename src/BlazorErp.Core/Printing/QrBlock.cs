using QRCoder;
using SkiaSharp;

namespace BlazorErp.Core.Printing;

/// <summary>
/// A QR code (QRCoder's module matrix, quiet zone included) drawn as rectangles: one per run of dark modules in
/// a row, all in one filled path in module units. Square, as wide as the block unless the height is smaller; centred.
/// </summary>
internal sealed class QrBlock(string data) : Block
{
    public QRCodeGenerator.ECCLevel ErrorCorrection { get; init; } = QRCodeGenerator.ECCLevel.M;

    protected override float MeasureContent(DrawContext context, float width) => width;

    protected override void DrawContent(DrawContext context, float x, float y, float width, float height)
    {
        // UTF-8 so Chinese print data scans back as it was written.
        using var qr = QRCodeGenerator.GenerateQrCode(data, ErrorCorrection, forceUtf8: true);
        var matrix = qr.ModuleMatrix;
        var side = Math.Min(width, height);
        using var modules = new SKPath();
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            for (var column = 0; column < bits.Length;)
            {
                if (!bits[column]) { column++; continue; }
                var start = column;
                while (column < bits.Length && bits[column]) column++;
                modules.AddRect(SKRect.Create(start, row, column - start, 1));
            }
        }
        var module = side / matrix.Count;
        context.Fill(modules, x + (width - side) / 2, y + (height - side) / 2, module, module);
    }
}
