using BlazorErp.Core.Common.Auditing;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Shipping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorErp.Core.Reporting.Data;

internal sealed class SalesLineConfiguration : IEntityTypeConfiguration<SalesLine>
{
    public void Configure(EntityTypeBuilder<SalesLine> builder)
    {
        builder.ToTable("SalesLines");
        builder.IsAuditLog(); // a ledger: the shipment it belongs to is audited, these rows only repeat it line by line
        builder.Property(l => l.MerchantCode).HasMaxLength(64);
        builder.Property(l => l.Title).HasMaxLength(200);
        builder.Property(l => l.Spec).HasMaxLength(200);
        foreach (var money in new[] { nameof(SalesLine.Price), nameof(SalesLine.Discount), nameof(SalesLine.Amount), nameof(SalesLine.Cost),
                     nameof(SalesLine.Freight), nameof(SalesLine.PostFee), nameof(SalesLine.GrossProfit) })
            builder.Property(money).HasPrecision(12, 2);
        // The ledger is read by a date range on either basis, then narrowed by warehouse and shop.
        builder.HasIndex(l => new { l.ShippedAtUtc, l.WarehouseId });
        builder.HasIndex(l => new { l.ApprovedAtUtc, l.WarehouseId });
        builder.HasIndex(l => l.ShipmentId);
        builder.HasIndex(l => l.OrderId);
        builder.HasOne<Shipment>().WithMany().HasForeignKey(l => l.ShipmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Shop>().WithMany().HasForeignKey(l => l.ShopId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(l => l.WarehouseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StationTallyConfiguration : IEntityTypeConfiguration<StationTally>
{
    public void Configure(EntityTypeBuilder<StationTally> builder)
    {
        builder.ToTable("StationTallies");
        builder.IsAuditLog(); // counters derived from audited changes
        builder.Property(t => t.Station).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Clerk).HasMaxLength(64);
        // Not unique on purpose (see StationTally): rows of a key are summed.
        builder.HasIndex(t => new { t.HourChina, t.Station, t.ShopId, t.Clerk });
    }
}
