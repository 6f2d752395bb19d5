using BlazorErp.Core.Common.Auditing;
using BlazorErp.Core.Common.Data;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorErp.Core.AfterSales.Data;

internal sealed class AfterSalesCaseConfiguration : IEntityTypeConfiguration<AfterSalesCase>
{
    public void Configure(EntityTypeBuilder<AfterSalesCase> builder)
    {
        builder.ToTable("AfterSalesCases");
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(24);
        foreach (var text in new[] { nameof(AfterSalesCase.BuyerNick), nameof(AfterSalesCase.ReceiverName), nameof(AfterSalesCase.ReceiverMobile),
                     nameof(AfterSalesCase.ReturnCourier), nameof(AfterSalesCase.ReturnTrackingNo), nameof(AfterSalesCase.CreatedBy),
                     nameof(AfterSalesCase.ReceivedBy), nameof(AfterSalesCase.FinishedBy), nameof(AfterSalesCase.Reason),
                     nameof(AfterSalesCase.PlatformRefundStatus) })
            builder.Property(text).HasMaxLength(64);
        builder.Property(c => c.Note).HasMaxLength(AfterSalesCase.TextMaxLength);
        builder.Property(c => c.CloseReason).HasMaxLength(AfterSalesCase.TextMaxLength);
        builder.Property(c => c.RefundAmount).HasPrecision(12, 2);
        builder.Ignore(c => c.Lines);
        builder.Ignore(c => c.Outgoing);
        builder.JsonList<AfterSalesCase, CaseLine>("_lines", "Lines");
        builder.JsonList<AfterSalesCase, OutgoingLine>("_outgoing", "Outgoing");
        builder.HasIndex(c => new { c.Status, c.CreatedAtUtc });
        builder.HasIndex(c => c.ReturnTrackingNo);
        builder.HasIndex(c => c.OrderId);
        builder.HasIndex(c => c.Tid);
        // One case per platform refund: the refund sync may see the same refund many times.
        builder.HasIndex(c => c.PlatformRefundId).IsUnique().HasFilter("PlatformRefundId IS NOT NULL");
        builder.HasOne<Shop>().WithMany().HasForeignKey(c => c.ShopId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Order>().WithMany().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(c => c.ReturnWarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(c => c.OutgoingWarehouseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> builder)
    {
        builder.ToTable("Refunds");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Amount).HasPrecision(12, 2);
        builder.Property(r => r.Reason).HasMaxLength(AfterSalesCase.TextMaxLength);
        builder.Property(r => r.By).HasMaxLength(64);
        builder.HasIndex(r => r.AtUtc);
        builder.HasIndex(r => r.CaseId);
        builder.HasOne<Shop>().WithMany().HasForeignKey(r => r.ShopId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AfterSalesCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RefundSyncCursorConfiguration : IEntityTypeConfiguration<RefundSyncCursor>
{
    public void Configure(EntityTypeBuilder<RefundSyncCursor> builder)
    {
        builder.ToTable("RefundSyncCursors");
        builder.IsAuditLog(); // bookkeeping of how far a refund sync has read, moved every run; the refunds themselves are recorded
        builder.HasIndex(c => c.ShopId).IsUnique();
        builder.HasOne<Shop>().WithMany().HasForeignKey(c => c.ShopId).OnDelete(DeleteBehavior.Cascade);
    }
}
