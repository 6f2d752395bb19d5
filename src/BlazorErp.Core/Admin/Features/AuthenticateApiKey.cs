using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Admin.Features;

public sealed record ApiCaller(long KeyId, string Name);

/// <summary>Checks a presented API key: unknown, tampered and revoked keys each get their own error.</summary>
public sealed class AuthenticateApiKey(IDbContextFactory<ErpDbContext> contexts, TimeProvider clock)
{
    /// <summary>Last-used is a hint for the admin, not a log: refreshing it at most this often keeps API calls read-only.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(5);

    public async Task<Result<ApiCaller>> HandleAsync(string? presentedKey)
    {
        if (string.IsNullOrWhiteSpace(presentedKey)) return new Error("ApiKey.Missing");
        presentedKey = presentedKey.Trim();
        if (!presentedKey.StartsWith(ApiKey.Prefix, StringComparison.Ordinal)) return new Error("ApiKey.Invalid");

        await using var db = await contexts.CreateDbContextAsync();
        var lookup = ApiKey.LookupOf(presentedKey);
        var key = (await db.ApiKeys.Where(k => k.Lookup == lookup).ToListAsync()).FirstOrDefault(k => k.Matches(presentedKey));
        if (key is null) return new Error("ApiKey.Invalid");
        if (key.IsRevoked) return new Error("ApiKey.Revoked");

        var now = clock.GetUtcNow().UtcDateTime;
        if (key.LastUsedAtUtc is null || now - key.LastUsedAtUtc > LastUsedResolution)
        {
            // One conditional statement, not a versioned save: parallel calls with one key must never collide over a hint.
            var staleBefore = now - LastUsedResolution;
            await db.ApiKeys.Where(k => k.Id == key.Id && (k.LastUsedAtUtc == null || k.LastUsedAtUtc < staleBefore))
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAtUtc, now));
        }
        return new ApiCaller(key.Id, key.Name);
    }
}
