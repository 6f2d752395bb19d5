using SkiaSharp;

namespace BlazorErp.Core.Printing;

/// <summary>
/// What blocks measure and draw with: fonts by size and weight, paints, and the canvas of the current page
/// (scaled so one unit is a millimetre). One per render call, so nothing here is shared between threads.
/// </summary>
internal sealed class DrawContext : IDisposable
{
    private readonly Dictionary<(float Size, bool Bold), SKFont> _fonts = [];
    private readonly SKPaint _fill = new() { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = true };
    private readonly SKPaint _stroke = new() { Color = SKColors.Black, Style = SKPaintStyle.Stroke, IsAntialias = true };
    private SKCanvas? _canvas;

    private SKCanvas Canvas => _canvas ?? throw new InvalidOperationException("no page is open");

    public void BeginPage(SKCanvas canvas)
    {
        _canvas = canvas;
        canvas.Scale(Units.PointsPerMm);
    }

    public void EndPage() => _canvas = null;

    /// <summary>The font at a size in points; bold is synthetic, as only the regular weight ships.</summary>
    public SKFont Font(float sizePoints, bool bold)
    {
        if (_fonts.TryGetValue((sizePoints, bold), out var font)) return font;
        // Linear, unhinted metrics: the PDF positions glyphs by their design advances, so measure the same way.
        font = new SKFont(PdfFont.Typeface, Units.PointsToMm(sizePoints))
        {
            LinearMetrics = true,
            Subpixel = true,
            Hinting = SKFontHinting.None,
            Embolden = bold,
        };
        _fonts[(sizePoints, bold)] = font;
        return font;
    }

    public void Text(string text, float x, float baseline, SKFont font) => Canvas.DrawText(text, x, baseline, font, _fill);

    /// <summary>Fills rectangles given in their own units (modules of a barcode), scaled into place at x, y. Single
    /// rectangles become short "re" operators in the PDF, where one path of many would cost three times the bytes
    /// and time; small units keep the numbers short.</summary>
    public void FillRects(IEnumerable<SKRect> rects, float x, float y, float scaleX, float scaleY)
    {
        var canvas = Canvas;
        canvas.Save();
        canvas.Translate(x, y);
        canvas.Scale(scaleX, scaleY);
        foreach (var rect in rects) canvas.DrawRect(rect, _fill);
        canvas.Restore();
    }

    public void Line(float x1, float y1, float x2, float y2, float width)
    {
        _stroke.StrokeWidth = width;
        Canvas.DrawLine(x1, y1, x2, y2, _stroke);
    }

    /// <summary>Lines on the rectangle's edges, centred on them so neighbours' shared edges coincide.</summary>
    public void Border(float x, float y, float width, float height, Sides sides, float lineWidth)
    {
        if (sides == Sides.All)
        {
            _stroke.StrokeWidth = lineWidth;
            Canvas.DrawRect(x, y, width, height, _stroke);
            return;
        }
        if (sides.HasFlag(Sides.Top)) Line(x, y, x + width, y, lineWidth);
        if (sides.HasFlag(Sides.Bottom)) Line(x, y + height, x + width, y + height, lineWidth);
        if (sides.HasFlag(Sides.Left)) Line(x, y, x, y + height, lineWidth);
        if (sides.HasFlag(Sides.Right)) Line(x + width, y, x + width, y + height, lineWidth);
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values) font.Dispose();
        _fill.Dispose();
        _stroke.Dispose();
    }
}
