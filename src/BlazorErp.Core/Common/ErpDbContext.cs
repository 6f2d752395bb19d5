using BlazorErp.Core.Admin;
using BlazorErp.Core.Common.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Common;

/// <summary>
/// The one database context, Identity tables included. Created per operation through
/// <see cref="IDbContextFactory{TContext}"/>; each module maps its own tables in its Data folder.
/// </summary>
public class ErpDbContext(DbContextOptions<ErpDbContext> options) : IdentityDbContext<ErpUser, IdentityRole, string>(options)
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ErpDbContext).Assembly);
        foreach (var entity in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
            builder.Entity(entity.ClrType).Property(nameof(Entity.Version)).IsConcurrencyToken();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Every update of an aggregate moves its concurrency token on, whatever the provider.</summary>
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<Entity>().Where(e => e.State == EntityState.Modified))
        {
            var version = entry.Property(e => e.Version);
            version.CurrentValue = version.OriginalValue + 1;
        }
    }
}
