using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorErp.Core.Shipping.Data;

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> builder)
    {
        builder.ToTable("Shipments");
        builder.Property(s => s.TrackingNo).HasMaxLength(64);
        builder.Property(s => s.By).HasMaxLength(64);
        builder.Property(s => s.Reason).HasMaxLength(200);
        foreach (var money in new[] { nameof(Shipment.GoodsAmount), nameof(Shipment.Freight) }) builder.Property(money).HasPrecision(12, 2);
        builder.Property(s => s.WeightKg).HasPrecision(10, 3);
        builder.HasIndex(s => s.OrderId);
        builder.HasIndex(s => s.TrackingNo);
        builder.HasIndex(s => s.AtUtc);
        builder.HasOne<Order>().WithMany().HasForeignKey(s => s.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Shop>().WithMany().HasForeignKey(s => s.ShopId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(s => s.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Courier>().WithMany().HasForeignKey(s => s.CourierId).OnDelete(DeleteBehavior.Restrict);
    }
}
