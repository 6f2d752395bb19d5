using SkiaSharp;

namespace BlazorErp.Core.Printing;

/// <summary>
/// A Code 128 symbol, quiet zones included, centred in the block and as tall as the block (default 12 mm). Bars
/// are one filled path in module units, which keeps the PDF small.
/// </summary>
internal sealed class BarcodeBlock(Code128 code) : Block
{
    /// <summary>The widest module in millimetres: short codes on wide labels stay a sensible size for scanners.</summary>
    public float MaxModuleWidth { get; init; } = 0.5f;

    protected override float MeasureContent(DrawContext context, float width) => 12;

    protected override void DrawContent(DrawContext context, float x, float y, float width, float height)
    {
        var module = Math.Min(MaxModuleWidth, width / code.ModuleCount);
        using var bars = new SKPath();
        var left = Code128.QuietZoneModules;
        var widths = code.Widths;
        for (var i = 0; i < widths.Count; i++)
        {
            if (i % 2 == 0) bars.AddRect(SKRect.Create(left, 0, widths[i], 1));
            left += widths[i];
        }
        context.Fill(bars, x + (width - module * code.ModuleCount) / 2, y, module, height);
    }
}
