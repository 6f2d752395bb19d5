namespace BlazorErp.Core.Printing;

/// <summary>Layouts are in millimetres, font sizes in points as printers and designers speak; PDF pages are in points.</summary>
public static class Units
{
    public const float PointsPerMm = 72f / 25.4f;

    public static float MmToPoints(float mm) => mm * PointsPerMm;

    public static float PointsToMm(float points) => points / PointsPerMm;
}
