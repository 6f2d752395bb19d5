using BlazorErp.Core.Common.Auditing;
using BlazorErp.Core.Common.Data;
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

internal sealed class PrintBatchConfiguration : IEntityTypeConfiguration<PrintBatch>
{
    public void Configure(EntityTypeBuilder<PrintBatch> builder)
    {
        builder.ToTable("PrintBatches");
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.CreatedBy).HasMaxLength(64);
        builder.Property(b => b.PrintedBy).HasMaxLength(64);
        builder.Property(b => b.Error).HasMaxLength(500);
        builder.Ignore(b => b.OrderIds);
        builder.Ignore(b => b.Withdrawn);
        builder.Ignore(b => b.Reprints);
        builder.JsonList<PrintBatch, long>("_orderIds", "OrderIds");
        builder.JsonList<PrintBatch, WithdrawnOrder>("_withdrawn", "Withdrawn");
        builder.JsonList<PrintBatch, Reprint>("_reprints", "Reprints");
        builder.HasIndex(b => b.Status);
        builder.HasOne<Courier>().WithMany().HasForeignKey(b => b.CourierId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PrintBatchFileConfiguration : IEntityTypeConfiguration<PrintBatchFile>
{
    public void Configure(EntityTypeBuilder<PrintBatchFile> builder)
    {
        builder.ToTable("PrintBatchFiles");
        builder.IsAuditLog(); // generated output: the batch row carries who printed what and why
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(f => f.ContentType);
        builder.HasIndex(f => new { f.BatchId, f.Kind }).IsUnique();
        builder.HasOne<PrintBatch>().WithMany().HasForeignKey(f => f.BatchId).OnDelete(DeleteBehavior.Cascade);
    }
}
