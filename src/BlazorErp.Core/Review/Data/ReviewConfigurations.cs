using BlazorErp.Core.Common.Auditing;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorErp.Core.Review.Data;

internal sealed class OrderClaimConfiguration : IEntityTypeConfiguration<OrderClaim>
{
    public void Configure(EntityTypeBuilder<OrderClaim> builder)
    {
        builder.ToTable("OrderClaims");
        // Presence, renewed every half minute by every open editor: not business state worth an audit row each time.
        builder.IsAuditLog();
        builder.HasIndex(c => c.OrderId).IsUnique();
        builder.HasOne<Order>().WithMany().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.HolderId).HasMaxLength(64);
        builder.Property(c => c.HolderName).HasMaxLength(64);
        builder.Property(c => c.TakenFromName).HasMaxLength(64);
    }
}

internal sealed class ReviewSettingsConfiguration : IEntityTypeConfiguration<ReviewSettings>
{
    public void Configure(EntityTypeBuilder<ReviewSettings> builder) => builder.ToTable("ReviewSettings");
}

internal sealed class ShopReviewSettingsConfiguration : IEntityTypeConfiguration<ShopReviewSettings>
{
    public void Configure(EntityTypeBuilder<ShopReviewSettings> builder)
    {
        builder.ToTable("ShopReviewSettings");
        builder.HasIndex(s => s.ShopId).IsUnique();
        builder.HasOne<Shop>().WithMany().HasForeignKey(s => s.ShopId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.MaxPostFee).HasPrecision(12, 2);
        builder.Property(s => s.MaxDiscountRate).HasPrecision(5, 4);
    }
}

internal sealed class AssignmentRuleConfiguration : IEntityTypeConfiguration<AssignmentRule>
{
    public void Configure(EntityTypeBuilder<AssignmentRule> builder)
    {
        builder.ToTable("AssignmentRules");
        builder.Property(r => r.Name).HasMaxLength(64);
        builder.Property(r => r.MinAmount).HasPrecision(12, 2);
        builder.HasOne<Shop>().WithMany().HasForeignKey(r => r.ShopId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Courier>().WithMany().HasForeignKey(r => r.CourierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(r => r.WarehouseId).OnDelete(DeleteBehavior.Restrict);
    }
}
