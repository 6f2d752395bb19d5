using BlazorErp.Core.Common.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorErp.Core.Admin.Data;

internal sealed class ErpUserConfiguration : IEntityTypeConfiguration<ErpUser>
{
    public void Configure(EntityTypeBuilder<ErpUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(32);
        builder.Property(u => u.Culture).HasMaxLength(8);
        builder.Property(u => u.PasswordHash).IsAuditedSecret();
        builder.Property(u => u.SecurityStamp).IsAuditedSecret();
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("ApiKeys");
        builder.Property(k => k.Name).HasMaxLength(64);
        builder.Property(k => k.Lookup).HasMaxLength(16);
        builder.Property(k => k.Hash).HasMaxLength(64).IsAuditedSecret();
        builder.Property(k => k.CreatedBy).HasMaxLength(128);
        builder.Property(k => k.RevokedBy).HasMaxLength(128);
        builder.HasIndex(k => k.Lookup);
    }
}
