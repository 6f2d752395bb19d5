using BlazorErp.Core.Common;

namespace BlazorErp.Core.MasterData;

public enum CustomerCategory { Normal, Distributor, Wholesale }

public sealed record CustomerAddress(string ReceiverName, string Phone, string ProvinceCode, string? CityCode,
    string? DistrictCode, string Street, bool IsDefault)
{
    public Address Address => new(ProvinceCode, CityCode, DistrictCode, Street);
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

    /// <summary>Replaces the address book; exactly one address is the default when there are any.</summary>
    public void SetAddresses(IEnumerable<CustomerAddress> addresses)
    {
        var list = addresses.ToList();
        var defaultIndex = Math.Max(0, list.FindIndex(a => a.IsDefault));
        _addresses = list.Select((a, i) => a with { IsDefault = i == defaultIndex }).ToList();
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
