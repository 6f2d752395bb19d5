using SkiaSharp;

namespace BlazorErp.Core.Printing;

/// <summary>
/// A Code 128 symbol, quiet zones included, centred in the block and as tall as the block (default 12 mm). Bars
/// are rectangles in module units, which keeps the PDF small.
/// </summary>
internal sealed class BarcodeBlock(Code128 code) : Block
{
    /// <summary>The widest module in millimetres: short codes on wide labels stay a sensible size for scanners.</summary>
    public float MaxModuleWidth { get; init; } = 0.5f;

    protected override float MeasureContent(DrawContext context, float width) => 12;

    protected override void DrawContent(DrawContext context, float x, float y, float width, float height)
    {
        var module = Math.Min(MaxModuleWidth, width / code.ModuleCount);
        context.FillRects(Bars(), x + (width - module * code.ModuleCount) / 2, y, module, height);
    }

    /// <summary>Bars in modules, one unit tall.</summary>
    private IEnumerable<SKRect> Bars()
    {
        var left = Code128.QuietZoneModules;
        for (var i = 0; i < code.Widths.Count; left += code.Widths[i], i++)
            if (i % 2 == 0) yield return SKRect.Create(left, 0, code.Widths[i], 1);
    }
}
