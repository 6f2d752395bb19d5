using BlazorErp.Core.Common;
using BlazorErp.Core.Regions;

namespace BlazorErp.Core.MasterData;

public enum CustomerCategory { Normal, Distributor, Wholesale }

public sealed record CustomerAddress(string ReceiverName, string Phone, string ProvinceCode, string? CityCode,
    string? DistrictCode, string Street, bool IsDefault)
{
    public const int ReceiverNameMaxLength = 32, PhoneMaxLength = 32, StreetMaxLength = 200;

    public Address Address => new(ProvinceCode, CityCode, DistrictCode, Street);

    /// <summary>
    /// What a courier needs to deliver: a receiver, a phone it accepts, the region down to the district (where the
    /// city has districts; 东莞市 has none) and the street.
    /// </summary>
    public Error? Check()
    {
        if (string.IsNullOrWhiteSpace(ReceiverName)) return new Error("Customer.ReceiverRequired");
        if (ReceiverName.Trim().Length > ReceiverNameMaxLength) return new Error("Customer.FieldTooLong", "Customers.Receiver", ReceiverNameMaxLength);
        if (string.IsNullOrWhiteSpace(Phone)) return new Error("Customer.PhoneRequired");
        if (!PhoneNumber.IsValid(Phone)) return new Error("Customer.PhoneInvalid", Phone.Trim());
        var regions = RegionDirectory.China;
        if (string.IsNullOrEmpty(ProvinceCode) || string.IsNullOrEmpty(CityCode)) return new Error("Customer.RegionRequired");
        if (Features.AddressInput.From(ProvinceCode, CityCode, DistrictCode, Street) is { Error: { } regionError }) return regionError;
        if (DistrictCode is null && regions.ChildrenOf(CityCode).Count > 0) return new Error("Customer.DistrictRequired", regions.PathOf(CityCode)!.Display);
        if (string.IsNullOrWhiteSpace(Street)) return new Error("Customer.StreetRequired");
        if (Street.Trim().Length > StreetMaxLength) return new Error("Customer.FieldTooLong", "Customers.Street", StreetMaxLength);
        return null;
    }

    internal CustomerAddress Trimmed() => this with { ReceiverName = ReceiverName.Trim(), Phone = Phone.Trim(), Street = Street.Trim() };
}

/// <summary>客户: a buyer known by platform and nickname (网名/旺旺名), or a distributor/wholesale account.</summary>
public sealed class Customer : Entity
{
    private List<CustomerAddress> _addresses = [];

    public Platform Platform { get; private set; }
    public string BuyerNick { get; private set; } = "";
    public string? Name { get; private set; }
    public CustomerCategory Category { get; private set; }
    public string? MemberLevel { get; private set; }
    public string? Notes { get; private set; }
    public IReadOnlyList<CustomerAddress> Addresses => _addresses;

    private Customer() { }

    public Customer(Platform platform, string buyerNick)
    {
        Platform = platform;
        BuyerNick = buyerNick.Trim();
    }

    public void Update(string? name, CustomerCategory category, string? memberLevel, string? notes)
    {
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        Category = category;
        MemberLevel = string.IsNullOrWhiteSpace(memberLevel) ? null : memberLevel.Trim();
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
    }

    /// <summary>The first address a courier could not deliver to, as "第 2 个收货地址：…", or null when all are complete.</summary>
    public static Error? CheckAddresses(IEnumerable<CustomerAddress> addresses) =>
        addresses.Select((address, index) => address.Check() is { } error ? new Error("Customer.AddressRow", index + 1, error) : null)
            .FirstOrDefault(error => error is not null);

    /// <summary>
    /// Replaces the address book when every address is complete; exactly one address is the default when there are
    /// any (the first marked, else the first).
    /// </summary>
    public Result SetAddresses(IEnumerable<CustomerAddress> addresses)
    {
        var list = addresses.ToList();
        if (CheckAddresses(list) is { } error) return error;
        var defaultIndex = Math.Max(0, list.FindIndex(a => a.IsDefault));
        OwnedRows.Replace(ref _addresses, list.Select((a, i) => a.Trimmed() with { IsDefault = i == defaultIndex }).ToList());
        return Result.Ok();
    }
}

/// <summary>供应商: who we buy from.</summary>
public sealed class Supplier : Entity
{
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Contact { get; private set; }
    public string? Phone { get; private set; }
    public string? Address { get; private set; }
    public string? Notes { get; private set; }

    private Supplier() { }

    public Supplier(string code, string name)
    {
        Code = code.Trim();
        Update(name, null, null, null, null);
    }

    public void Update(string name, string? contact, string? phone, string? address, string? notes)
    {
        Name = name.Trim();
        Contact = contact?.Trim();
        Phone = phone?.Trim();
        Address = address?.Trim();
        Notes = notes?.Trim();
    }
}
