using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Admin.Features;

public sealed record ApiKeyRow(long Id, string Name, string Lookup, DateTime CreatedAtUtc, string CreatedBy,
    DateTime? RevokedAtUtc, string? RevokedBy, DateTime? LastUsedAtUtc);

public sealed class ListApiKeys(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<IReadOnlyList<ApiKeyRow>> HandleAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.ApiKeys.AsNoTracking()
            .OrderBy(k => k.RevokedAtUtc != null).ThenByDescending(k => k.CreatedAtUtc)
            .Select(k => new ApiKeyRow(k.Id, k.Name, k.Lookup, k.CreatedAtUtc, k.CreatedBy, k.RevokedAtUtc, k.RevokedBy, k.LastUsedAtUtc))
            .ToListAsync();
    }
}
