namespace BlazorErp.Core.Localization;

/// <summary>
/// Marker for the one resource set of the product (Strings.resx = zh-CN, the neutral language;
/// Strings.en.resx = English). UI text, validation messages and <see cref="Common.Error"/> codes all live there.
/// </summary>
public sealed class Strings;

public static class StringsExtensions
{
    /// <summary>
    /// The user-facing message of a business error, in the current UI culture. An argument that is itself a resource key
    /// (such as "ReviewFinding.BuyerMessage", or several joined by commas) is shown in the user's language too, and so is
    /// an argument that is itself an error (a row's problem inside "第 2 行：…").
    /// </summary>
    public static string Message(this Microsoft.Extensions.Localization.IStringLocalizer<Strings> l, Common.Error error) =>
        l[error.Code, error.Args.Select(arg => arg switch
        {
            string text => Localize(l, text),
            Common.Error inner => Message(l, inner),
            _ => arg,
        }).ToArray()];

    private static string Localize(Microsoft.Extensions.Localization.IStringLocalizer<Strings> l, string text) =>
        string.Join("、", text.Split(',').Select(part => l[part.Trim()] is { ResourceNotFound: false } found ? found.Value : part));
}
