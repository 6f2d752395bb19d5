using BlazorErp.Core.Common;

namespace BlazorErp.Core.MasterData;

public enum LabelSize { Mm100x180, Mm76x130 }

public enum ReachKind { Serve, Exclude }

/// <summary>A region a courier serves or does not serve; the most specific rule (district over city over province) wins.</summary>
public sealed record ReachRule(string RegionCode, ReachKind Kind, string? Note = null);

/// <summary>First weight + price, then a price per additional started kilogram, for one destination province (null: everywhere else).</summary>
public sealed record FreightRate(string? ProvinceCode, decimal FirstWeightKg, decimal FirstPrice, decimal AdditionalPerKg);

/// <summary>
/// A courier (物流公司): where it delivers and what it charges. Reachability and freight are keyed by region
/// codes, never by names, so "内蒙古" and "内蒙古自治区" cannot disagree.
/// </summary>
public sealed class Courier : Entity
{
    private List<ReachRule> _reach = [];
    private List<FreightRate> _rates = [];

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public LabelSize LabelSize { get; private set; }
    public bool Enabled { get; private set; } = true;
    /// <summary>Whether it delivers to 乡/镇/村 addresses, as staff know it ("部分乡镇需自提").</summary>
    public string? TownDeliveryNote { get; private set; }
    public IReadOnlyList<ReachRule> Reach => _reach;
    public IReadOnlyList<FreightRate> Rates => _rates;

    private Courier() { }

    public Courier(string code, string name, LabelSize labelSize = LabelSize.Mm100x180)
    {
        Code = code.Trim().ToUpperInvariant();
        Update(name, labelSize, enabled: true, townDeliveryNote: null);
    }

    public void Update(string name, LabelSize labelSize, bool enabled, string? townDeliveryNote)
    {
        Name = name.Trim();
        LabelSize = labelSize;
        Enabled = enabled;
        TownDeliveryNote = string.IsNullOrWhiteSpace(townDeliveryNote) ? null : townDeliveryNote.Trim();
    }

    public void SetReach(IEnumerable<ReachRule> rules) =>
        OwnedRows.Replace(ref _reach, rules.GroupBy(r => r.RegionCode).Select(g => g.Last()).OrderBy(r => r.RegionCode).ToList());

    public Result SetRates(IEnumerable<FreightRate> rates)
    {
        var list = rates.ToList();
        if (list.Any(r => r.FirstWeightKg <= 0 || r.FirstPrice < 0 || r.AdditionalPerKg < 0))
            return new Error("Courier.RateInvalid");
        if (list.GroupBy(r => r.ProvinceCode).Any(g => g.Count() > 1))
            return new Error("Courier.RateDuplicate");
        if (list.All(r => r.ProvinceCode is not null))
            return new Error("Courier.RateDefaultMissing");
        OwnedRows.Replace(ref _rates, list.OrderBy(r => r.ProvinceCode ?? "").ToList());
        return Result.Ok();
    }

    /// <summary>
    /// Does it deliver to this address? The deepest matching rule decides (so 南山区 can be served inside an
    /// excluded 深圳市). Where no rule matches, it delivers unless it lists the regions it serves: a Serve rule
    /// that is not a carve-back inside an exclusion makes the courier serve only its listed regions.
    /// </summary>
    public bool CanReach(string provinceCode, string? cityCode, string? districtCode)
    {
        foreach (var code in new[] { districtCode, cityCode, provinceCode })
            if (code is not null && _reach.FirstOrDefault(r => r.RegionCode == code) is { } rule)
                return rule.Kind == ReachKind.Serve;
        var servesOnlyListed = _reach.Any(s => s.Kind == ReachKind.Serve
            && !_reach.Any(e => e.Kind == ReachKind.Exclude && Contains(e.RegionCode, s.RegionCode)));
        return !servesOnlyListed;
    }

    /// <summary>GB/T 2260 nesting by code: 440000 contains 4403xx and 440305; 440300 contains 440305.</summary>
    private static bool Contains(string outer, string inner) =>
        outer == inner
        || (outer.EndsWith("0000", StringComparison.Ordinal) && inner.StartsWith(outer[..2], StringComparison.Ordinal))
        || (outer.EndsWith("00", StringComparison.Ordinal) && inner.StartsWith(outer[..4], StringComparison.Ordinal));

    /// <summary>
    /// Freight for a parcel: the destination province's rate, else the default. Each started kilogram
    /// beyond the first weight costs the additional price (couriers round weight up).
    /// </summary>
    public Result<decimal> ComputeFreight(string provinceCode, decimal weightKg)
    {
        if (weightKg <= 0) return new Error("Courier.WeightInvalid");
        var rate = _rates.FirstOrDefault(r => r.ProvinceCode == provinceCode) ?? _rates.FirstOrDefault(r => r.ProvinceCode is null);
        if (rate is null) return new Error("Courier.RateDefaultMissing");
        var extraKg = Math.Ceiling(Math.Max(0, weightKg - rate.FirstWeightKg));
        return rate.FirstPrice + extraKg * rate.AdditionalPerKg;
    }
}
