using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Admin.Features;

public sealed record CreatedApiKey(long Id, string Name, string PlainKey);

/// <summary>Admin creates a key for one integration; the plain key is returned once and never again.</summary>
public sealed class CreateApiKey(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result<CreatedApiKey>> HandleAsync(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 64) return new Error("ApiKey.NameRequired");
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.ApiKeys.AnyAsync(k => k.Name == name.Trim() && k.RevokedAtUtc == null))
            return new Error("ApiKey.NameTaken", name.Trim());
        var (key, plain) = ApiKey.Create(name, currentUser.Name, clock.GetUtcNow().UtcDateTime);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync();
        return new CreatedApiKey(key.Id, key.Name, plain);
    }
}
