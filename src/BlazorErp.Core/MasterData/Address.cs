namespace BlazorErp.Core.MasterData;

/// <summary>A postal address as the regions service knows it: GB/T 2260 codes plus the street line.</summary>
public sealed record Address(string ProvinceCode, string? CityCode, string? DistrictCode, string Street)
{
    public static readonly Address Empty = new("", null, null, "");
}
