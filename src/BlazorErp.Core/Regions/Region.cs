namespace BlazorErp.Core.Regions;

public enum RegionLevel { Province = 1, City = 2, District = 3 }

/// <summary>A GB/T 2260 administrative region: 110000 北京市 → 110100 北京市 → 110101 东城区.</summary>
public sealed record Region(string Code, string Name, RegionLevel Level, string? ParentCode);

/// <summary>A resolved address: province always, city and district when given.</summary>
public sealed record RegionPath(Region Province, Region? City, Region? District)
{
    public string Display => string.Concat(Province.Name, City is { } c && c.Name != Province.Name ? c.Name : "", District?.Name ?? "");
}
