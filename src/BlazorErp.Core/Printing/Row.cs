namespace BlazorErp.Core.Printing;

/// <summary>
/// Children left to right at the row's height (the tallest child's, or fixed), so cell borders line up. Fixed
/// widths come first; the others share the rest by Grow (1 each unless any of them sets Grow).
/// </summary>
internal sealed class Row(params IEnumerable<Block?> children) : Block
{
    private readonly Block[] _children = children.OfType<Block>().ToArray();

    /// <summary>Space between children, in millimetres.</summary>
    public float Gap { get; init; }

    protected override float MeasureContent(DrawContext context, float width)
    {
        Span<float> widths = stackalloc float[_children.Length];
        Widths(width, widths);
        var height = 0f;
        for (var i = 0; i < _children.Length; i++) height = Math.Max(height, _children[i].MeasureHeight(context, widths[i]));
        return height;
    }

    protected override void DrawContent(DrawContext context, float x, float y, float width, float height)
    {
        Span<float> widths = stackalloc float[_children.Length];
        Widths(width, widths);
        for (var i = 0; i < _children.Length; i++)
        {
            if (widths[i] > 0) _children[i].Draw(context, x, y, widths[i], height);
            x += widths[i] + Gap;
        }
    }

    private void Widths(float width, Span<float> widths)
    {
        var free = width - Math.Max(0, _children.Length - 1) * Gap;
        var anyGrow = _children.Any(c => c.Width is null && c.Grow > 0);
        var grow = 0f;
        foreach (var child in _children)
        {
            if (child.Width is { } fixedWidth) free -= fixedWidth;
            else grow += anyGrow ? child.Grow : 1;
        }
        free = Math.Max(0, free);
        for (var i = 0; i < _children.Length; i++)
        {
            var child = _children[i];
            widths[i] = child.Width ?? (grow > 0 ? free * (anyGrow ? child.Grow : 1) / grow : 0);
        }
    }
}
