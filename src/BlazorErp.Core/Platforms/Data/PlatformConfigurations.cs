using BlazorErp.Core.Common.Auditing;
using BlazorErp.Core.MasterData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorErp.Core.Platforms.Data;

internal sealed class RawTradeConfiguration : IEntityTypeConfiguration<RawTrade>
{
    public void Configure(EntityTypeBuilder<RawTrade> builder)
    {
        builder.ToTable("RawTrades");
        builder.IsAuditLog(); // the verbatim platform record is its own trail; auditing it would store every trade twice
        builder.HasIndex(t => new { t.ShopId, t.Tid }).IsUnique();
        builder.HasIndex(t => new { t.ShopId, t.ModifiedChina });
        builder.Property(t => t.Status).HasMaxLength(32);
        builder.HasOne<Shop>().WithMany().HasForeignKey(t => t.ShopId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ShopDownloadCursorConfiguration : IEntityTypeConfiguration<ShopDownloadCursor>
{
    public void Configure(EntityTypeBuilder<ShopDownloadCursor> builder)
    {
        builder.ToTable("ShopDownloadCursors");
        builder.IsAuditLog(); // bookkeeping of how far a download has read, moved every run; the trades themselves are recorded
        builder.HasIndex(c => c.ShopId).IsUnique();
        builder.HasOne<Shop>().WithMany().HasForeignKey(c => c.ShopId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DownloadRunConfiguration : IEntityTypeConfiguration<DownloadRun>
{
    public void Configure(EntityTypeBuilder<DownloadRun> builder)
    {
        builder.ToTable("DownloadRuns");
        builder.IsAuditLog(); // 抓单记录 is itself a log
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Error).HasMaxLength(500);
        builder.HasIndex(r => new { r.ShopId, r.Id });
        builder.HasOne<Shop>().WithMany().HasForeignKey(r => r.ShopId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ShipSyncJobConfiguration : IEntityTypeConfiguration<ShipSyncJob>
{
    public void Configure(EntityTypeBuilder<ShipSyncJob> builder)
    {
        builder.ToTable("ShipSyncJobs");
        builder.Property(j => j.SubTids).HasMaxLength(400);
        builder.Property(j => j.CompanyCode).HasMaxLength(16);
        builder.Property(j => j.TrackingNo).HasMaxLength(40);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.LastError).HasMaxLength(400);
        builder.Ignore(j => j.IsSplit);
        builder.HasIndex(j => new { j.ShopId, j.Tid, j.TrackingNo }).IsUnique(); // the same parcel is queued once
        builder.HasIndex(j => new { j.Status, j.NextAttemptAtUtc });
        builder.HasOne<Shop>().WithMany().HasForeignKey(j => j.ShopId).OnDelete(DeleteBehavior.Restrict);
    }
}
