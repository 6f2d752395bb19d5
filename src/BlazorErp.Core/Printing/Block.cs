namespace BlazorErp.Core.Printing;

/// <summary>
/// A rectangle of a page layout, in millimetres: measured top-down for a given width, then drawn into the
/// rectangle its parent gives it. Padding and borders belong to every block, so layouts need no wrapper boxes.
/// Blocks are built per page by a renderer and used by one thread; measuring may cache per width.
/// </summary>
internal abstract class Block
{
    /// <summary>Outer height; null measures the content (or takes a share of the free height in a column, see Grow).</summary>
    public float? Height { get; init; }

    /// <summary>Outer width inside a row; null takes a share of the row's free width (see Grow).</summary>
    public float? Width { get; init; }

    /// <summary>Share of the free space: height in a column (0 = only what the content needs), width in a row
    /// (blocks without Width count as 1 when none of them says otherwise).</summary>
    public float Grow { get; init; }

    public Edges Padding { get; init; }

    public Sides Border { get; init; }

    public float BorderWidth { get; init; } = 0.3f;

    /// <summary>The outer height this block needs at the given outer width.</summary>
    public float MeasureHeight(DrawContext context, float width) =>
        Height ?? MeasureContent(context, Math.Max(0, width - Padding.Horizontal)) + Padding.Vertical;

    public void Draw(DrawContext context, float x, float y, float width, float height)
    {
        if (Border != Sides.None) context.Border(x, y, width, height, Border, BorderWidth);
        var innerWidth = width - Padding.Horizontal;
        var innerHeight = height - Padding.Vertical;
        if (innerWidth > 0 && innerHeight > 0) DrawContent(context, x + Padding.Left, y + Padding.Top, innerWidth, innerHeight);
    }

    protected abstract float MeasureContent(DrawContext context, float width);

    /// <summary>Draws within the rectangle, which may be smaller than measured: content then truncates.</summary>
    protected abstract void DrawContent(DrawContext context, float x, float y, float width, float height);
}
