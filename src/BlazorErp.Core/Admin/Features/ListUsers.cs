using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Admin.Features;

public sealed record UserRow(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles,
    string Culture, bool IsDisabled, DateTimeOffset? LockoutEnd, int AccessFailedCount, string ConcurrencyStamp)
{
    public bool IsLockedOut(DateTimeOffset now) => LockoutEnd > now;
}

/// <summary>All staff with their roles, for the admin's user page.</summary>
public sealed class ListUsers(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<IReadOnlyList<UserRow>> HandleAsync(string? search = null)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            users = users.Where(u => u.UserName!.Contains(term) || u.DisplayName.Contains(term));
        }
        var rows = await users.OrderBy(u => u.UserName).ToListAsync();
        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name!);
        var userRoles = (await db.UserRoles.AsNoTracking().ToListAsync())
            .ToLookup(ur => ur.UserId, ur => roleNames[ur.RoleId]);
        return rows.Select(u => new UserRow(u.Id, u.UserName!, u.DisplayName, userRoles[u.Id].Order().ToList(),
            u.Culture, u.IsDisabled, u.LockoutEnd, u.AccessFailedCount, u.ConcurrencyStamp!)).ToList();
    }
}
