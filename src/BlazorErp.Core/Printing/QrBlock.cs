using System.Collections;
using QRCoder;
using SkiaSharp;

namespace BlazorErp.Core.Printing;

/// <summary>
/// A QR code (QRCoder's module matrix, quiet zone included) drawn as rectangles of dark modules. Square, as wide
/// as the block unless the height is smaller; centred.
/// </summary>
internal sealed class QrBlock(string data) : Block
{
    public QRCodeGenerator.ECCLevel ErrorCorrection { get; init; } = QRCodeGenerator.ECCLevel.M;

    protected override float MeasureContent(DrawContext context, float width) => width;

    protected override void DrawContent(DrawContext context, float x, float y, float width, float height)
    {
        // UTF-8 so Chinese print data scans back as it was written.
        using var qr = QRCodeGenerator.GenerateQrCode(data, ErrorCorrection, forceUtf8: true);
        var side = Math.Min(width, height);
        var module = side / qr.ModuleMatrix.Count;
        context.FillRects(Rects(qr.ModuleMatrix), x + (width - side) / 2, y + (height - side) / 2, module, module);
    }

    /// <summary>Dark modules in module units, one rectangle per run along a row. (Merging runs into taller
    /// rectangles saved under a fifth of them on waybill QR codes: not worth the code.)</summary>
    internal static IEnumerable<SKRect> Rects(List<BitArray> matrix)
    {
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            for (var column = 0; column < bits.Length; column++)
            {
                if (!bits[column]) continue;
                var start = column;
                while (column + 1 < bits.Length && bits[column + 1]) column++;
                yield return SKRect.Create(start, row, column + 1 - start, 1);
            }
        }
    }
}
