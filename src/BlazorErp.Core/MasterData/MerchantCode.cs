using BlazorErp.Core.Common;

namespace BlazorErp.Core.MasterData;

/// <summary>
/// 商家编码: a SKU's identity across shops and platforms, the key platform goods are matched by. Spaces pasted
/// in from a spreadsheet are the classic error, so they are refused with a message that says so rather than
/// silently trimmed (the same code must match on the platform too). Uniqueness ignores letter case, which
/// keeps SQLite and SQL Server (case-insensitive by default) in agreement.
/// </summary>
public static class MerchantCode
{
    public const int MaxLength = 40;

    public static Error? Check(string? code)
    {
        if (string.IsNullOrEmpty(code)) return new Error("MerchantCode.Required");
        if (code.Length != code.Trim().Length) return new Error("MerchantCode.OuterSpace", code);
        if (code.Any(char.IsWhiteSpace)) return new Error("MerchantCode.InnerSpace", code);
        if (code.Length > MaxLength) return new Error("MerchantCode.TooLong", MaxLength);
        if (code.Any(char.IsControl)) return new Error("MerchantCode.Invalid", code);
        return null;
    }

    /// <summary>The uniqueness key stored beside the code.</summary>
    public static string Key(string code) => code.ToUpperInvariant();
}
