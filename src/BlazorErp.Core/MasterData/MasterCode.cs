namespace BlazorErp.Core.MasterData;

/// <summary>
/// The short codes staff give warehouses, couriers and suppliers (BD, ZTO, GY001): no spaces inside — the classic
/// copy-paste error — and unique ignoring case, so "bd" never stands beside "BD".
/// </summary>
public static class MasterCode
{
    public static bool IsWellFormed(string? code) => !string.IsNullOrWhiteSpace(code) && !code.Trim().Any(char.IsWhiteSpace);

    /// <summary>The form codes are compared in (the database compares <c>Code.ToUpper()</c> with it).</summary>
    public static string Key(string code) => code.Trim().ToUpperInvariant();
}
