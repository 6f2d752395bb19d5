using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Admin.Features;

/// <summary>Admin revokes a key: the integration is refused from its next call on. The row stays for the audit trail.</summary>
public sealed class RevokeApiKey(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result> HandleAsync(long id)
    {
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.ApiKeys.FindAsync(id) is not { } key) return Errors.NotFound("ApiKey " + id);
        var result = key.Revoke(currentUser.Name, clock.GetUtcNow().UtcDateTime);
        if (result.Succeeded) await db.SaveChangesAsync();
        return result;
    }
}
