namespace BlazorErp.Core.Localization;

/// <summary>
/// Marker for the one resource set of the product (Strings.resx = zh-CN, the neutral language;
/// Strings.en.resx = English). UI text, validation messages and <see cref="Common.Error"/> codes all live there.
/// </summary>
public sealed class Strings;

public static class StringsExtensions
{
    /// <summary>The user-facing message of a business error, in the current UI culture.</summary>
    public static string Message(this Microsoft.Extensions.Localization.IStringLocalizer<Strings> l, Common.Error error) =>
        l[error.Code, error.Args];
}
