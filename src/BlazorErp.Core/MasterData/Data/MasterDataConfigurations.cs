using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using BlazorErp.Core.Common.Auditing;

namespace BlazorErp.Core.MasterData.Data;

internal static class AddressMapping
{
    public static void MapAddress<T>(this ComplexPropertyBuilder<T> address) where T : notnull
    {
        address.Property(nameof(Address.ProvinceCode)).HasMaxLength(6);
        address.Property(nameof(Address.CityCode)).HasMaxLength(6);
        address.Property(nameof(Address.DistrictCode)).HasMaxLength(6);
        address.Property(nameof(Address.Street)).HasMaxLength(200);
    }
}

internal sealed class ShopConfiguration : IEntityTypeConfiguration<Shop>
{
    public void Configure(EntityTypeBuilder<Shop> builder)
    {
        builder.ToTable("Shops");
        builder.Property(s => s.Name).HasMaxLength(64);
        builder.HasIndex(s => s.Name).IsUnique();
        builder.Property(s => s.Platform).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.SenderName).HasMaxLength(32);
        builder.Property(s => s.SenderPhone).HasMaxLength(32);
        builder.ComplexProperty(s => s.SenderAddress, a => a.MapAddress());
        builder.Property(s => s.AppKey).HasMaxLength(64);
        builder.Property(s => s.ProtectedAppSecret).IsAuditedSecret();
        builder.Property(s => s.ProtectedSessionKey).IsAuditedSecret();
    }
}

internal sealed class WarehouseConfiguration : IEntityTypeConfiguration<Warehouse>
{
    public void Configure(EntityTypeBuilder<Warehouse> builder)
    {
        builder.ToTable("Warehouses");
        builder.Property(w => w.Code).HasMaxLength(16);
        builder.HasIndex(w => w.Code).IsUnique();
        builder.Property(w => w.Name).HasMaxLength(64);
        builder.Property(w => w.Type).HasConversion<string>().HasMaxLength(24);
        builder.ComplexProperty(w => w.Address, a => a.MapAddress());
    }
}

internal sealed class CourierConfiguration : IEntityTypeConfiguration<Courier>
{
    public void Configure(EntityTypeBuilder<Courier> builder)
    {
        builder.ToTable("Couriers");
        builder.Property(c => c.Code).HasMaxLength(16);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(64);
        builder.Property(c => c.LabelSize).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.TownDeliveryNote).HasMaxLength(200);
        builder.OwnsMany(c => c.Reach, reach =>
        {
            reach.ToTable("CourierReachRules");
            reach.WithOwner().HasForeignKey("CourierId");
            reach.Property<int>("Id");
            reach.HasKey("Id");
            reach.Property(r => r.RegionCode).HasMaxLength(6);
            reach.Property(r => r.Kind).HasConversion<string>().HasMaxLength(8);
            reach.Property(r => r.Note).HasMaxLength(100);
        });
        builder.Navigation(c => c.Reach).HasField("_reach");
        builder.OwnsMany(c => c.Rates, rate =>
        {
            rate.ToTable("CourierFreightRates");
            rate.WithOwner().HasForeignKey("CourierId");
            rate.Property<int>("Id");
            rate.HasKey("Id");
            rate.Property(r => r.ProvinceCode).HasMaxLength(6);
            rate.Property(r => r.FirstWeightKg).HasPrecision(9, 3);
            rate.Property(r => r.FirstPrice).HasPrecision(12, 2);
            rate.Property(r => r.AdditionalPerKg).HasPrecision(12, 2);
        });
        builder.Navigation(c => c.Rates).HasField("_rates");
    }
}

internal sealed class GoodsConfiguration : IEntityTypeConfiguration<Goods>
{
    public void Configure(EntityTypeBuilder<Goods> builder)
    {
        builder.ToTable("Goods");
        builder.Property(g => g.Name).HasMaxLength(100);
        builder.HasIndex(g => g.Name);
        builder.Property(g => g.Category).HasMaxLength(32);
        builder.Property(g => g.Brand).HasMaxLength(32);
        builder.Property(g => g.Unit).HasMaxLength(8);
        builder.HasMany(g => g.Skus).WithOne(s => s.Goods).HasForeignKey(s => s.GoodsId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(g => g.Skus).HasField("_skus");
    }
}

internal sealed class SkuConfiguration : IEntityTypeConfiguration<Sku>
{
    public void Configure(EntityTypeBuilder<Sku> builder)
    {
        builder.ToTable("Skus");
        builder.Property(s => s.MerchantCode).HasMaxLength(MerchantCode.MaxLength);
        builder.Property(s => s.MerchantCodeKey).HasMaxLength(MerchantCode.MaxLength);
        builder.HasIndex(s => s.MerchantCodeKey).IsUnique();
        builder.Property(s => s.SpecName).HasMaxLength(64);
        builder.Property(s => s.RetailPrice).HasPrecision(12, 2);
        builder.Property(s => s.MinPrice).HasPrecision(12, 2);
        builder.Property(s => s.Cost).HasPrecision(12, 4);
        builder.Property(s => s.ImageUrl).HasMaxLength(400);
        builder.Ignore(s => s.IsCombo);
        builder.OwnsMany(s => s.Barcodes, barcode =>
        {
            barcode.ToTable("SkuBarcodes");
            barcode.WithOwner().HasForeignKey("SkuId");
            barcode.Property<int>("Id");
            barcode.HasKey("Id");
            barcode.Property(b => b.Code).HasMaxLength(32);
            barcode.HasIndex(b => b.Code).IsUnique();
        });
        builder.Navigation(s => s.Barcodes).HasField("_barcodes");
        builder.OwnsMany(s => s.ComboItems, item =>
        {
            item.ToTable("ComboItems");
            item.WithOwner().HasForeignKey("ComboSkuId");
            item.Property<int>("Id");
            item.HasKey("Id");
            item.HasOne<Sku>().WithMany().HasForeignKey(i => i.ComponentSkuId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(s => s.ComboItems).HasField("_comboItems");
    }
}

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("Customers");
        builder.Property(c => c.Platform).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.BuyerNick).HasMaxLength(64);
        builder.HasIndex(c => new { c.Platform, c.BuyerNick }).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(32);
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.MemberLevel).HasMaxLength(16);
        builder.Property(c => c.Notes).HasMaxLength(500);
        builder.OwnsMany(c => c.Addresses, address =>
        {
            address.ToTable("CustomerAddresses");
            address.WithOwner().HasForeignKey("CustomerId");
            address.Property<int>("Id");
            address.HasKey("Id");
            address.Property(a => a.ReceiverName).HasMaxLength(32);
            address.Property(a => a.Phone).HasMaxLength(32);
            address.Ignore(a => a.Address);
            address.Property(a => a.ProvinceCode).HasMaxLength(6);
            address.Property(a => a.CityCode).HasMaxLength(6);
            address.Property(a => a.DistrictCode).HasMaxLength(6);
            address.Property(a => a.Street).HasMaxLength(200);
        });
        builder.Navigation(c => c.Addresses).HasField("_addresses");
    }
}

internal sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> builder)
    {
        builder.ToTable("Suppliers");
        builder.Property(s => s.Code).HasMaxLength(16);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Contact).HasMaxLength(32);
        builder.Property(s => s.Phone).HasMaxLength(32);
        builder.Property(s => s.Address).HasMaxLength(200);
        builder.Property(s => s.Notes).HasMaxLength(500);
    }
}

internal sealed class PlatformGoodsConfiguration : IEntityTypeConfiguration<PlatformGoods>
{
    public void Configure(EntityTypeBuilder<PlatformGoods> builder)
    {
        builder.ToTable("PlatformGoods");
        builder.Property(p => p.PlatformItemId).HasMaxLength(32);
        builder.Property(p => p.PlatformSkuId).HasMaxLength(32);
        builder.HasIndex(p => new { p.ShopId, p.PlatformItemId, p.PlatformSkuId }).IsUnique();
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Properties).HasMaxLength(200);
        builder.Property(p => p.OuterCode).HasMaxLength(64);
        builder.Property(p => p.UnmatchedReason).HasMaxLength(64);
        builder.HasOne<Shop>().WithMany().HasForeignKey(p => p.ShopId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Sku>().WithMany().HasForeignKey(p => p.MatchedSkuId).OnDelete(DeleteBehavior.Restrict);
    }
}
