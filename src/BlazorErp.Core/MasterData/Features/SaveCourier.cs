using BlazorErp.Core.Common;
using BlazorErp.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.MasterData.Features;

/// <summary>
/// A reach rule as typed: a region at any level, alone or with its parents (新疆, 深圳市, 广东省深圳市南山区), and a
/// note staff read at review ("超区不发").
/// </summary>
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
    public const int MaxNoteLength = 100;

    public async Task<Result<long>> HandleAsync(CourierInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Code) || string.IsNullOrWhiteSpace(input.Name)) return new Error("Courier.CodeNameRequired");
        if (!MasterCode.IsWellFormed(input.Code)) return new Error("Courier.CodeInvalid");
        var regions = RegionDirectory.China;
        var reach = new List<ReachRule>();
        var rowOf = new Dictionary<string, int>();
        foreach (var (rule, row) in input.Reach.Select((rule, index) => (rule, index + 1)))
        {
            var note = string.IsNullOrWhiteSpace(rule.Note) ? null : rule.Note.Trim();
            if (string.IsNullOrWhiteSpace(rule.RegionName))
            {
                if (note is null) continue; // an empty row left on the form
                return new Error("Courier.ReachRow", row, new Error("Courier.ReachRegionRequired"));
            }
            if (note is { Length: > MaxNoteLength }) return new Error("Courier.ReachRow", row, new Error("Courier.ReachNoteTooLong", MaxNoteLength));
            var region = regions.ResolveOne(rule.RegionName);
            if (!region.Succeeded) return new Error("Courier.ReachRow", row, region.Error!);
            // Two rows for one region would leave one of them silently unused.
            if (rowOf.TryGetValue(region.Value!.Code, out var firstRow))
                return new Error("Courier.ReachRow", row, new Error("Courier.ReachRepeated", regions.PathOf(region.Value.Code)!.Display, firstRow));
            rowOf[region.Value.Code] = row;
            reach.Add(new ReachRule(region.Value.Code, rule.Kind, note));
        }
        var rates = new List<FreightRate>();
        var rateRowOf = new Dictionary<string, int>();
        foreach (var (rate, row) in input.Rates.Select((rate, index) => (rate, index + 1)))
        {
            string? province = null;
            if (!string.IsNullOrWhiteSpace(rate.ProvinceName))
            {
                var resolved = regions.Resolve(rate.ProvinceName);
                if (!resolved.Succeeded)
                    // 广州 for 广东: say which province it belongs to rather than "unknown".
                    return new Error("Courier.RateRow", row, regions.ResolveOne(rate.ProvinceName) is { Succeeded: true, Value: var region } && region!.Level != RegionLevel.Province
                        ? new Error("Courier.RateProvinceOnly", rate.ProvinceName.Trim(), regions.PathOf(region.ParentCode)!.Province.Name)
                        : resolved.Error!);
                province = resolved.Value!.Province.Code;
            }
            if (rate.FirstWeightKg <= 0 || rate.FirstPrice < 0 || rate.AdditionalPerKg < 0) return new Error("Courier.RateRow", row, new Error("Courier.RateInvalid"));
            object shown = province is null ? new Error("Couriers.RateDefault") : regions.Find(province)!.Name; // the default row, in the reader's language
            if (rateRowOf.TryGetValue(province ?? "", out var firstRow)) return new Error("Courier.RateRow", row, new Error("Courier.RateRepeated", shown, firstRow));
            rateRowOf[province ?? ""] = row;
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
            var key = MasterCode.Key(input.Code);
            if (await db.Set<Courier>().AnyAsync(c => c.Code.ToUpper() == key)) return new Error("Courier.CodeTaken", input.Code.Trim());
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
