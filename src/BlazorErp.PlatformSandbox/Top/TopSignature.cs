using System.Security.Cryptography;
using System.Text;

namespace BlazorErp.PlatformSandbox.Top;

/// <summary>
/// TOP request signing as the platform checks it: parameters sorted by name, concatenated name+value
/// (empty values and <c>sign</c> skipped); md5 = MD5(secret + s + secret), hmac = HMAC-MD5(secret, s),
/// hmac-sha256 = HMAC-SHA256(secret, s); upper-case hex. Deliberately written apart from the product's
/// client: the stand-in must catch the client's mistakes, not share them.
/// </summary>
public static class TopSignature
{
    public static string? Compute(IEnumerable<KeyValuePair<string, string>> parameters, string secret, string signMethod)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in parameters.Where(p => p.Key != "sign" && !string.IsNullOrEmpty(p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal))
            text.Append(name).Append(value);
        var data = Encoding.UTF8.GetBytes(text.ToString());
        var key = Encoding.UTF8.GetBytes(secret);
        byte[]? hash = signMethod switch
        {
            "md5" => MD5.HashData([.. key, .. data, .. key]),
            "hmac" => HMACMD5.HashData(key, data),
            "hmac-sha256" => HMACSHA256.HashData(key, data),
            _ => null,
        };
        return hash is null ? null : Convert.ToHexString(hash);
    }
}
