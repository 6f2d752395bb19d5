using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.MasterData.Features;

public sealed record WarehouseInput
{
    public long? Id { get; set; }
    public long Version { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public WarehouseType Type { get; set; }
    public string? ProvinceCode { get; set; }
    public string? CityCode { get; set; }
    public string? DistrictCode { get; set; }
    public string Street { get; set; } = "";
    public bool AllowNegativeStock { get; set; }
    public bool Enabled { get; set; } = true;
    public bool DirectShip { get; set; }
}

/// <summary>Creates or edits a warehouse (仓库). The code is fixed once created: documents print it.</summary>
public sealed class SaveWarehouse(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<Result<long>> HandleAsync(WarehouseInput input)
    {
        if (!MasterCode.IsWellFormed(input.Code)) return new Error("Warehouse.CodeInvalid");
        if (string.IsNullOrWhiteSpace(input.Name)) return new Error("Import.Required", "仓库名称");
        var address = AddressInput.From(input.ProvinceCode, input.CityCode, input.DistrictCode, input.Street);
        if (!address.Succeeded) return address.Error!;

        await using var db = await contexts.CreateDbContextAsync();
        Warehouse warehouse;
        if (input.Id is { } id)
        {
            if (await db.Set<Warehouse>().SingleOrDefaultAsync(w => w.Id == id) is not { } found) return Errors.NotFound("Warehouse " + id);
            if (found.Version != input.Version) return Errors.ConcurrencyConflict(null);
            warehouse = found;
        }
        else
        {
            var key = MasterCode.Key(input.Code);
            if (await db.Set<Warehouse>().AnyAsync(w => w.Code.ToUpper() == key)) return new Error("Warehouse.CodeTaken", input.Code.Trim());
            warehouse = new Warehouse(input.Code, input.Name, input.Type);
            db.Add(warehouse);
        }
        warehouse.Update(input.Name, input.Type, address.Value!, input.AllowNegativeStock, input.Enabled);
        warehouse.SetDirectShip(input.DirectShip);
        await db.SaveChangesAsync();
        return warehouse.Id;
    }
}
