using BlazorErp.Core.Common.Auditing;
using BlazorErp.Core.MasterData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorErp.Core.Inventory.Data;

internal sealed class StockLevelConfiguration : IEntityTypeConfiguration<StockLevel>
{
    public void Configure(EntityTypeBuilder<StockLevel> builder)
    {
        builder.ToTable("StockLevels");
        builder.HasKey(s => new { s.WarehouseId, s.SkuId });
        builder.Ignore(s => s.Available);
        builder.HasIndex(s => s.SkuId);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(s => s.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Sku>().WithMany().HasForeignKey(s => s.SkuId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StockLedgerEntryConfiguration : IEntityTypeConfiguration<StockLedgerEntry>
{
    public void Configure(EntityTypeBuilder<StockLedgerEntry> builder)
    {
        builder.ToTable("StockLedger");
        builder.IsAuditLog(); // the ledger is itself the audit trail of stock: who, when, what, which document
        builder.Property(e => e.Bucket).HasConversion<string>().HasMaxLength(8);
        builder.Property(e => e.DocumentType).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.DocumentNo).HasMaxLength(32);
        builder.Property(e => e.UserName).HasMaxLength(128);
        builder.HasIndex(e => new { e.WarehouseId, e.SkuId, e.Id });
        builder.HasIndex(e => new { e.DocumentType, e.DocumentId });
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(e => e.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Sku>().WithMany().HasForeignKey(e => e.SkuId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StockDocumentConfiguration : IEntityTypeConfiguration<StockDocument>
{
    public void Configure(EntityTypeBuilder<StockDocument> builder)
    {
        builder.ToTable("StockDocuments");
        builder.Property(d => d.No).HasMaxLength(32);
        builder.HasIndex(d => d.No).IsUnique();
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(24);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Note).HasMaxLength(200);
        builder.Property(d => d.CreatedBy).HasMaxLength(128);
        builder.Property(d => d.AuditedBy).HasMaxLength(128);
        builder.Property(d => d.ReversedBy).HasMaxLength(128);
        builder.Ignore(d => d.IsOutbound);
        builder.Ignore(d => d.Ref);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(d => d.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(d => d.Lines, line =>
        {
            line.ToTable("StockDocumentLines");
            line.WithOwner().HasForeignKey("DocumentId");
            line.Property<int>("Id");
            line.HasKey("Id");
            line.Property(l => l.UnitCost).HasPrecision(12, 4);
            line.HasOne<Sku>().WithMany().HasForeignKey(l => l.SkuId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(d => d.Lines).HasField("_lines");
    }
}
