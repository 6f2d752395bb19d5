namespace BlazorErp.Core.Printing;

/// <summary>Padding in millimetres; a single number pads all sides.</summary>
internal readonly record struct Edges(float Left, float Top, float Right, float Bottom)
{
    public static implicit operator Edges(float all) => new(all, all, all, all);

    public static Edges Symmetric(float horizontal, float vertical) => new(horizontal, vertical, horizontal, vertical);

    public float Horizontal => Left + Right;

    public float Vertical => Top + Bottom;
}
