using BlazorErp.Core.Admin;
using BlazorErp.Core.Common.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

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

    /// <summary>
    /// Every update of an aggregate moves its concurrency token on, whatever the provider — also when only rows it owns
    /// changed (a courier's delivery rules, a customer's addresses, a SKU's barcodes): the root's UPDATE then carries the
    /// version check, so two clerks editing the same rules cannot both win.
    /// </summary>
    private void BumpVersions()
    {
        var entries = ChangeTracker.Entries().ToList(); // one change detection: it compares every tracked order's JSON lines
        var roots = new HashSet<Entity>(ReferenceEqualityComparer.Instance);
        var ownedChanges = new List<EntityEntry>();
        foreach (var entry in entries)
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (entry.Metadata.IsOwned()) ownedChanges.Add(entry);
            else if (entry.State == EntityState.Modified && entry.Entity is Entity modified) roots.Add(modified);
        }
        if (ownedChanges.Count > 0)
        {
            var existing = entries.Where(e => e.Entity is Entity && e.State is EntityState.Modified or EntityState.Unchanged)
                .ToDictionary(e => (e.Metadata.ClrType, ((Entity)e.Entity).Id), e => (Entity)e.Entity);
            foreach (var owned in ownedChanges)
                if (OwnerIdOf(owned) is { } owner && existing.TryGetValue(owner, out var root)) roots.Add(root);
        }
        foreach (var root in roots)
        {
            var version = Entry(root).Property(e => e.Version);
            version.CurrentValue = version.OriginalValue + 1;
        }
    }

    /// <summary>The type and id of the aggregate root that owns a row, by the row's key to it (the original value when deleted).</summary>
    private static (Type, long)? OwnerIdOf(EntityEntry owned)
    {
        var ownership = owned.Metadata.FindOwnership()!;
        if (ownership.PrincipalEntityType.IsOwned() || ownership.Properties.Count != 1) return null; // owned rows here are one level deep
        var key = owned.Property(ownership.Properties[0].Name);
        return (owned.State == EntityState.Deleted ? key.OriginalValue : key.CurrentValue) is long id
            ? (ownership.PrincipalEntityType.ClrType, id)
            : null;
    }
}
