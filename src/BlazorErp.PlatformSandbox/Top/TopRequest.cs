using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BlazorErp.PlatformSandbox.Store;

namespace BlazorErp.PlatformSandbox.Top;

/// <summary>One verified call: its parameters, the calling app and the seller's shop.</summary>
public sealed class TopRequest(IReadOnlyDictionary<string, string> parameters, SandboxShop shop, SandboxDb db, DateTime nowChina)
{
    public const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    public SandboxShop Shop => shop;
    public SandboxDb Db => db;
    public DateTime NowChina => nowChina;

    public string? Optional(string name) => parameters.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
    public string Required(string name) => Optional(name) ?? throw new TopException(TopError.Missing(name));

    public long RequiredLong(string name) =>
        long.TryParse(Required(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : throw new TopException(TopError.Invalid(name, "not a number"));

    public int Int(string name, int fallback, int min, int max)
    {
        if (Optional(name) is not { } text) return fallback;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max
            ? v : throw new TopException(TopError.Invalid(name, $"must be between {min} and {max}"));
    }

    public DateTime RequiredTime(string name) =>
        DateTime.TryParseExact(Required(name), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var v)
            ? v : throw new TopException(TopError.Invalid(name, "format yyyy-MM-dd HH:mm:ss"));

    /// <summary>A structured parameter (TOP passes objects as one JSON-valued parameter, e.g. Cainiao's request DTOs).</summary>
    public JsonObject RequiredJson(string name)
    {
        try
        {
            return JsonNode.Parse(Required(name)) as JsonObject ?? throw new TopException(TopError.Invalid(name, "must be a JSON object"));
        }
        catch (JsonException)
        {
            throw new TopException(TopError.Invalid(name, "not valid JSON"));
        }
    }

    public bool Flag(string name) => Optional(name) is "true" or "1";
}
