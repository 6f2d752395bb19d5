using System.Security.Cryptography;
using System.Text;
using BlazorErp.Core.Common;

namespace BlazorErp.Core.Admin;

/// <summary>
/// A per-integration credential for /api/v1. Only a SHA-256 hash is stored (the key is 256 random bits,
/// so a slow hash buys nothing); the plain key is shown once at creation. Revoked keys stay for the audit trail.
/// </summary>
public sealed class ApiKey : Entity
{
    public const string Prefix = "erp_";
    private const int LookupLength = 12;

    public string Name { get; private set; } = "";
    /// <summary>The first characters of the key, stored in clear to find the row and to show which key is which.</summary>
    public string Lookup { get; private set; } = "";
    public string Hash { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime? RevokedAtUtc { get; private set; }
    public string? RevokedBy { get; private set; }
    public DateTime? LastUsedAtUtc { get; private set; }

    public bool IsRevoked => RevokedAtUtc is not null;

    private ApiKey() { }

    /// <summary>Creates a key; the second value is the plain key, which is never stored.</summary>
    public static (ApiKey Key, string PlainKey) Create(string name, string createdBy, DateTime nowUtc)
    {
        var plain = Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            Name = name.Trim(),
            Lookup = LookupOf(plain),
            Hash = HashOf(plain),
            CreatedAtUtc = nowUtc,
            CreatedBy = createdBy,
        };
        return (key, plain);
    }

    public static string LookupOf(string plainKey) => plainKey.Length >= LookupLength ? plainKey[..LookupLength] : plainKey;

    public static string HashOf(string plainKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plainKey)));

    /// <summary>Constant-time comparison, so response timing does not reveal how much of a guessed key matched.</summary>
    public bool Matches(string plainKey) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash), Encoding.ASCII.GetBytes(HashOf(plainKey)));

    public Result Revoke(string by, DateTime nowUtc)
    {
        if (IsRevoked) return Result.Fail(Errors.ApiKeyAlreadyRevoked);
        RevokedAtUtc = nowUtc;
        RevokedBy = by;
        return Result.Ok();
    }

}
