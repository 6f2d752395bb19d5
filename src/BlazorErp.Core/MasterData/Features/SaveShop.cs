using BlazorErp.Core.Common;
using BlazorErp.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.MasterData.Features;

public sealed record ShopInput
{
    public long? Id { get; set; }
    public long Version { get; set; }
    public string Name { get; set; } = "";
    public Platform Platform { get; set; }
    public string SenderName { get; set; } = "";
    public string SenderPhone { get; set; } = "";
    public string? SenderProvinceCode { get; set; }
    public string? SenderCityCode { get; set; }
    public string? SenderDistrictCode { get; set; }
    public string SenderStreet { get; set; } = "";
    public bool Enabled { get; set; } = true;
    public int DownloadIntervalMinutes { get; set; } = 5;
    public int PromisedShipHours { get; set; } = Shop.DefaultPromisedShipHours;
    public string? AppKey { get; set; }
    /// <summary>Write-only: blank keeps the stored secret.</summary>
    public string? AppSecret { get; set; }
    /// <summary>Write-only: blank keeps the stored session key.</summary>
    public string? SessionKey { get; set; }
}

/// <summary>Creates or edits a shop (店铺): name, platform, waybill sender, download settings and credentials.</summary>
public sealed class SaveShop(IDbContextFactory<ErpDbContext> contexts, ISecretProtector protector)
{
    public async Task<Result<long>> HandleAsync(ShopInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Name)) return new Error("Import.Required", "店铺名称");
        if (!string.IsNullOrWhiteSpace(input.SenderPhone) && !PhoneNumber.IsValid(input.SenderPhone)) return new Error("Phone.Invalid", input.SenderPhone.Trim());
        if (AddressInput.From(input.SenderProvinceCode, input.SenderCityCode, input.SenderDistrictCode, input.SenderStreet) is var address
            && address.Error is { } addressError) return addressError;

        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<Shop>().AnyAsync(s => s.Name == input.Name.Trim() && s.Id != input.Id))
            return new Error("Shop.NameTaken", input.Name.Trim());
        Shop shop;
        if (input.Id is { } id)
        {
            if (await db.Set<Shop>().SingleOrDefaultAsync(s => s.Id == id) is not { } found) return Errors.NotFound("Shop " + id);
            if (found.Version != input.Version) return Errors.ConcurrencyConflict(null);
            shop = found;
            shop.Rename(input.Name, input.Platform);
        }
        else
        {
            shop = new Shop(input.Name, input.Platform);
            db.Add(shop);
        }
        shop.SetSender(input.SenderName, input.SenderPhone, address.Value!);
        shop.SetDownload(input.Enabled, input.DownloadIntervalMinutes);
        shop.PromiseShipping(input.PromisedShipHours);
        shop.SetCredentials(input.AppKey, input.AppSecret, input.SessionKey, protector);
        await db.SaveChangesAsync();
        return shop.Id;
    }
}

/// <summary>Builds an <see cref="Address"/> from picked region codes, checking that they exist and nest.</summary>
public static class AddressInput
{
    public static Result<Address> From(string? provinceCode, string? cityCode, string? districtCode, string street)
    {
        var regions = RegionDirectory.China;
        if (string.IsNullOrEmpty(provinceCode)) return new Address("", null, null, street.Trim());
        if (regions.Find(provinceCode) is not { Level: RegionLevel.Province }) return new Error("Region.Unknown", provinceCode);
        if (cityCode is not null && regions.Find(cityCode)?.ParentCode != provinceCode) return new Error("Region.Unknown", cityCode);
        if (districtCode is not null && (cityCode is null || regions.Find(districtCode)?.ParentCode != cityCode))
            return new Error("Region.Unknown", districtCode);
        return new Address(provinceCode, cityCode, districtCode, street.Trim());
    }
}
