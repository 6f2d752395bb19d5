namespace BlazorErp.Core.Printing;

/// <summary>Which sides of a block get a border line.</summary>
[Flags]
internal enum Sides
{
    None = 0,
    Left = 1,
    Top = 2,
    Right = 4,
    Bottom = 8,
    All = Left | Top | Right | Bottom,
}
