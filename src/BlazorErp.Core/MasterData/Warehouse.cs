using BlazorErp.Core.Common;

namespace BlazorErp.Core.MasterData;

/// <summary>
/// 本地仓 (own), 第三方仓, 退货仓, the 超区订单 bucket that holds orders we do not ship, or 次品仓 where returned goods that
/// failed QC wait (not sellable: nothing ships from it).
/// </summary>
public enum WarehouseType { Own, ThirdParty, Returns, RemoteAreaBucket, Defective }

/// <summary>Where stock lives (仓库). Stock never goes negative here unless <see cref="AllowNegativeStock"/>.</summary>
public sealed class Warehouse : Entity
{
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public WarehouseType Type { get; private set; }
    public Address Address { get; private set; } = Address.Empty;
    public bool AllowNegativeStock { get; private set; }
    /// <summary>直接发货: printed orders may be weighed and shipped without the scan inspection.</summary>
    public bool DirectShip { get; private set; }
    public bool Enabled { get; private set; } = true;

    /// <summary>The 超区 bucket holds orders but never ships, and defective goods are not sold: nothing is picked from either.</summary>
    public bool CanShip => Type is not (WarehouseType.RemoteAreaBucket or WarehouseType.Defective) && Enabled;

    private Warehouse() { }

    public Warehouse(string code, string name, WarehouseType type)
    {
        Code = code.Trim();
        Update(name, type, Address.Empty, allowNegativeStock: false, enabled: true);
    }

    public void Update(string name, WarehouseType type, Address address, bool allowNegativeStock, bool enabled)
    {
        Name = name.Trim();
        Type = type;
        Address = address;
        AllowNegativeStock = allowNegativeStock && type != WarehouseType.RemoteAreaBucket;
        Enabled = enabled;
    }

    public void SetDirectShip(bool directShip) => DirectShip = directShip;
}
