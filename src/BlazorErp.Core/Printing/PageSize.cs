namespace BlazorErp.Core.Printing;

/// <summary>A page in millimetres, portrait.</summary>
public readonly record struct PageSize(float WidthMm, float HeightMm)
{
    public static readonly PageSize A4 = new(210, 297);
    public static readonly PageSize A5 = new(148, 210);
    /// <summary>The common thermal e-waybill (一联单).</summary>
    public static readonly PageSize Label100x180 = new(100, 180);
    public static readonly PageSize Label76x130 = new(76, 130);

    public float WidthPoints => Units.MmToPoints(WidthMm);

    public float HeightPoints => Units.MmToPoints(HeightMm);
}
