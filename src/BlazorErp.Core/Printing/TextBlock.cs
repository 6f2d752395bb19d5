using SkiaSharp;

namespace BlazorErp.Core.Printing;

internal enum TextAlign { Left, Center, Right }

internal enum VerticalAlign { Top, Middle, Bottom }

/// <summary>
/// Text drawn as real PDF text (extractable), wrapped the Chinese way (see LineBreaker); what does not fit the
/// height it is given, or MaxLines, ends with "…".
/// </summary>
internal sealed class TextBlock(string? text) : Block
{
    private const string Ellipsis = "…";
    private const float MinShrinkSize = 5;

    private readonly string _text = (text ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Replace('\t', ' ');
    private Layout? _layout;

    /// <summary>Font size in points.</summary>
    public float Size { get; init; } = 9;

    public bool Bold { get; init; }

    public TextAlign Align { get; init; }

    public VerticalAlign VerticalAlign { get; init; }

    /// <summary>Off: one line per paragraph, cut with "…" at the width.</summary>
    public bool Wrap { get; init; } = true;

    /// <summary>0: as many lines as the height allows.</summary>
    public int MaxLines { get; init; }

    /// <summary>One line, the font made smaller (in half points) until it fits the width: big sorting text.</summary>
    public bool ShrinkToFit { get; init; }

    /// <summary>Line height as a multiple of the font size.</summary>
    public float LineSpacing { get; init; } = 1.2f;

    protected override float MeasureContent(DrawContext context, float width)
    {
        var layout = LayoutFor(context, width);
        var lines = MaxLines > 0 ? Math.Min(MaxLines, layout.Lines.Count) : layout.Lines.Count;
        return lines * layout.LineHeight;
    }

    protected override void DrawContent(DrawContext context, float x, float y, float width, float height)
    {
        var layout = LayoutFor(context, width);
        if (layout.Lines.Count == 0) return;
        var fitting = Math.Max(1, (int)((height + 0.01f) / layout.LineHeight));
        var visible = Math.Min(layout.Lines.Count, MaxLines > 0 ? Math.Min(MaxLines, fitting) : fitting);

        var textHeight = visible * layout.LineHeight;
        var top = VerticalAlign switch
        {
            VerticalAlign.Middle => y + (height - textHeight) / 2,
            VerticalAlign.Bottom => y + height - textHeight,
            _ => y,
        };
        var fontSize = layout.Font.Size;
        // Ideographs fill the em box from 0.88 above the baseline to 0.12 below: centre that box in the line.
        var baseline = top + (layout.LineHeight - fontSize) / 2 + 0.88f * fontSize;
        for (var i = 0; i < visible; i++, baseline += layout.LineHeight)
        {
            var line = layout.Lines[i];
            var content = _text.Substring(line.Start, line.Length);
            var lineWidth = line.Width;
            if (i == visible - 1 && visible < layout.Lines.Count || line.Width > width + 0.01f)
            {
                var ellipsisWidth = layout.Font.MeasureText(Ellipsis);
                var kept = LineBreaker.FitBefore(_text, layout.Advances, line, width, ellipsisWidth);
                content = _text.Substring(line.Start, kept) + Ellipsis;
                lineWidth = layout.Font.MeasureText(content);
            }
            var left = Align switch
            {
                TextAlign.Center => x + (width - lineWidth) / 2,
                TextAlign.Right => x + width - lineWidth,
                _ => x,
            };
            context.Text(content, left, baseline, layout.Font);
        }
    }

    private sealed record Layout(float Width, SKFont Font, float[] Advances, List<LineBreaker.Line> Lines, float LineHeight);

    /// <summary>Measure and draw ask for the same width, so the lines are broken once.</summary>
    private Layout LayoutFor(DrawContext context, float width)
    {
        if (_layout is { } cached && cached.Width == width) return cached;
        var font = context.Font(Size, Bold);
        var advances = Advances(font);
        if (ShrinkToFit)
        {
            var natural = advances.Sum();
            if (natural > width && natural > 0)
            {
                var size = Math.Max(MinShrinkSize, MathF.Floor(Size * width / natural * 2) / 2);
                font = context.Font(size, Bold);
                advances = Advances(font);
            }
        }
        var lines = Wrap && !ShrinkToFit ? LineBreaker.Wrap(_text, advances, width) : LineBreaker.Wrap(_text, advances, float.PositiveInfinity);
        return _layout = new Layout(width, font, advances, lines, font.Size * LineSpacing);
    }

    /// <summary>The advance of each UTF-16 char; Skia measures per glyph, one per code point.</summary>
    private float[] Advances(SKFont font)
    {
        var glyphWidths = font.GetGlyphWidths(_text);
        if (glyphWidths.Length == _text.Length) return glyphWidths;
        var advances = new float[_text.Length];
        for (int i = 0, glyph = 0; i < _text.Length && glyph < glyphWidths.Length; i++, glyph++)
        {
            advances[i] = glyphWidths[glyph];
            if (char.IsHighSurrogate(_text[i]) && i + 1 < _text.Length && char.IsLowSurrogate(_text[i + 1])) i++;
        }
        return advances;
    }
}
