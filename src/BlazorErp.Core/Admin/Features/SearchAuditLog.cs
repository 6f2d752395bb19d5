using BlazorErp.Core.Common;
using BlazorErp.Core.Common.Auditing;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Admin.Features;

public sealed record AuditQuery(string? EntityType, string? EntityKey, string? UserName, DateTime? FromUtc, DateTime? ToUtc,
    int Page = 0, int PageSize = 50);

public sealed record AuditRow(long Id, DateTime AtUtc, string UserName, string EntityType, string EntityKey,
    AuditAction Action, string Changes);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total);

/// <summary>Searches the audit log by entity, user and time, newest first.</summary>
public sealed class SearchAuditLog(IDbContextFactory<ErpDbContext> contexts)
{
    public const int MaxPageSize = 200;

    public async Task<AuditPage> HandleAsync(AuditQuery query)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.EntityType)) entries = entries.Where(a => a.EntityType == query.EntityType.Trim());
        if (!string.IsNullOrWhiteSpace(query.EntityKey)) entries = entries.Where(a => a.EntityKey == query.EntityKey.Trim());
        if (!string.IsNullOrWhiteSpace(query.UserName)) entries = entries.Where(a => a.UserName.Contains(query.UserName.Trim()));
        if (query.FromUtc is { } from) entries = entries.Where(a => a.AtUtc >= from);
        if (query.ToUtc is { } to) entries = entries.Where(a => a.AtUtc < to);

        var total = await entries.CountAsync();
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var rows = await entries.OrderByDescending(a => a.Id)
            .Skip(Math.Max(query.Page, 0) * pageSize).Take(pageSize)
            .Select(a => new AuditRow(a.Id, a.AtUtc, a.UserName, a.EntityType, a.EntityKey, a.Action, a.Changes))
            .ToListAsync();
        return new AuditPage(rows, total);
    }

    /// <summary>A reader for the page: the model's field types and the role names of this database.</summary>
    public async Task<AuditChangeReader> ReaderAsync(Func<string, string?> localize)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var roles = await db.Roles.AsNoTracking().Where(r => r.Name != null).ToDictionaryAsync(r => r.Id, r => r.Name!);
        return new AuditChangeReader(db.Model, roles, localize);
    }

    public async Task<IReadOnlyList<string>> EntityTypesAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync();
    }
}
