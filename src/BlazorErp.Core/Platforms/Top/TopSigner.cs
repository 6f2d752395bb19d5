using System.Security.Cryptography;
using System.Text;

namespace BlazorErp.Core.Platforms.Top;

/// <summary>
/// Signs TOP requests: parameters sorted by name (ordinal), name+value concatenated with empty values
/// skipped; md5 = MD5(secret + s + secret), hmac = HMAC-MD5(secret, s), hmac-sha256 = HMAC-SHA256(secret, s);
/// upper-case hex. Tested against vectors computed outside .NET.
/// </summary>
public static class TopSigner
{
    public static readonly IReadOnlyList<string> Methods = ["md5", "hmac", "hmac-sha256"];

    public static string Sign(IReadOnlyDictionary<string, string?> parameters, string secret, string signMethod)
    {
        var text = string.Concat(parameters
            .Where(p => p.Key != "sign" && !string.IsNullOrEmpty(p.Value))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + p.Value));
        var data = Encoding.UTF8.GetBytes(text);
        var key = Encoding.UTF8.GetBytes(secret);
        var hash = signMethod switch
        {
            "md5" => MD5.HashData(Encoding.UTF8.GetBytes(secret + text + secret)),
            "hmac" => HMACMD5.HashData(key, data),
            "hmac-sha256" => HMACSHA256.HashData(key, data),
            _ => throw new ArgumentOutOfRangeException(nameof(signMethod), signMethod, "md5, hmac or hmac-sha256"),
        };
        return Convert.ToHexString(hash);
    }
}
