namespace BlazorErp.Core.Regions;

public enum RegionLevel { Province = 1, City = 2, District = 3 }

/// <summary>A GB/T 2260 administrative region: 110000 北京市 → 110100 北京市 → 110101 东城区.</summary>
public sealed record Region(string Code, string Name, RegionLevel Level, string? ParentCode)
{
    /// <summary>
    /// A city level nobody writes: 湖北省-自治区直辖县级行政区划 only groups county-level cities such as 潜江市 and
    /// 仙桃市, which addresses name right after the province.
    /// </summary>
    public bool IsCountyGroup => Level == RegionLevel.City && Name.Contains("直辖县级", StringComparison.Ordinal);
}

/// <summary>A resolved address: province always, city and district when given.</summary>
public sealed record RegionPath(Region Province, Region? City, Region? District)
{
    /// <summary>As an address writes it: 广东省深圳市南山区, 北京市朝阳区 (not 北京市北京市), 湖北省潜江市.</summary>
    public string Display => string.Concat(Province.Name, City is { } c && c.Name != Province.Name && !(c.IsCountyGroup && District is not null) ? c.Name : "",
        District?.Name ?? "");
}
