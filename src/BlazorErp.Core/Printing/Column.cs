namespace BlazorErp.Core.Printing;

/// <summary>
/// Children top to bottom at the column's width. Fixed and measured heights come first; growing children share
/// what is left; children past the bottom get what remains (text then ends with "…") or nothing.
/// </summary>
internal sealed class Column(params IEnumerable<Block?> children) : Block
{
    private readonly Block[] _children = children.OfType<Block>().ToArray();

    /// <summary>Space between children, in millimetres.</summary>
    public float Gap { get; init; }

    protected override float MeasureContent(DrawContext context, float width) =>
        _children.Sum(child => child.MeasureHeight(context, width)) + TotalGap;

    protected override void DrawContent(DrawContext context, float x, float y, float width, float height)
    {
        Span<float> heights = stackalloc float[_children.Length];
        var used = TotalGap;
        var grow = 0f;
        for (var i = 0; i < _children.Length; i++)
        {
            var child = _children[i];
            heights[i] = child.Grow > 0 && child.Height is null ? 0 : child.MeasureHeight(context, width);
            used += heights[i];
            grow += child.Height is null ? child.Grow : 0;
        }
        var free = Math.Max(0, height - used);
        var bottom = y + height;
        for (var i = 0; i < _children.Length && y < bottom; i++)
        {
            var child = _children[i];
            if (child.Grow > 0 && child.Height is null) heights[i] = free * child.Grow / grow;
            var childHeight = Math.Min(heights[i], bottom - y);
            if (childHeight > 0) child.Draw(context, x, y, width, childHeight);
            y += heights[i] + Gap;
        }
    }

    private float TotalGap => Math.Max(0, _children.Length - 1) * Gap;
}
