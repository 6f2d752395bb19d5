using BlazorErp.Core.Common;
using BlazorErp.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.MasterData.Features;

/// <summary>A reach rule as typed: a region name at any level (新疆, 深圳市, 南山区).</summary>
public sealed record ReachInput(string RegionName, ReachKind Kind, string? Note = null);

/// <summary>A freight row as typed: a province name, or blank for "everywhere else".</summary>
public sealed record RateInput(string? ProvinceName, decimal FirstWeightKg, decimal FirstPrice, decimal AdditionalPerKg);

public sealed record CourierInput
{
    public long? Id { get; set; }
    public long Version { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public LabelSize LabelSize { get; set; }
    public bool Enabled { get; set; } = true;
    public string? TownDeliveryNote { get; set; }
    public List<ReachInput> Reach { get; set; } = [];
    public List<RateInput> Rates { get; set; } = [];
}

/// <summary>Creates or edits a courier (物流公司) with its reachability and freight table; region names become codes.</summary>
public sealed class SaveCourier(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<Result<long>> HandleAsync(CourierInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Code) || string.IsNullOrWhiteSpace(input.Name)) return new Error("Courier.CodeNameRequired");
        var regions = RegionDirectory.China;
        var reach = new List<ReachRule>();
        foreach (var rule in input.Reach.Where(r => !string.IsNullOrWhiteSpace(r.RegionName)))
        {
            var region = regions.ResolveOne(rule.RegionName);
            if (!region.Succeeded) return region.Error!;
            reach.Add(new ReachRule(region.Value!.Code, rule.Kind, rule.Note));
        }
        var rates = new List<FreightRate>();
        foreach (var rate in input.Rates)
        {
            string? province = null;
            if (!string.IsNullOrWhiteSpace(rate.ProvinceName))
            {
                var resolved = regions.Resolve(rate.ProvinceName);
                if (!resolved.Succeeded) return resolved.Error!;
                province = resolved.Value!.Province.Code;
            }
            rates.Add(new FreightRate(province, rate.FirstWeightKg, rate.FirstPrice, rate.AdditionalPerKg));
        }

        await using var db = await contexts.CreateDbContextAsync();
        Courier courier;
        if (input.Id is { } id)
        {
            if (await db.Set<Courier>().SingleOrDefaultAsync(c => c.Id == id) is not { } found) return Errors.NotFound("Courier " + id);
            if (found.Version != input.Version) return Errors.ConcurrencyConflict(null);
            courier = found;
        }
        else
        {
            if (await db.Set<Courier>().AnyAsync(c => c.Code == input.Code.Trim().ToUpper())) return new Error("Courier.CodeTaken", input.Code.Trim());
            courier = new Courier(input.Code, input.Name, input.LabelSize);
            db.Add(courier);
        }
        courier.Update(input.Name, input.LabelSize, input.Enabled, input.TownDeliveryNote);
        courier.SetReach(reach);
        if (courier.SetRates(rates) is { Succeeded: false } rateError) return rateError.Error!;
        await db.SaveChangesAsync();
        return courier.Id;
    }
}
