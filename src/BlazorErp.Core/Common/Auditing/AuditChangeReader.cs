using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BlazorErp.Core.Common.Auditing;

/// <summary>One changed field as staff read it: "字段: 前 → 后" (before is null when added, after when deleted).</summary>
public sealed record AuditFieldText(string Field, string? Before, string? After);

/// <summary>
/// Reads an audit row's JSON as a field list staff can read: entity names and enum values through their resource keys
/// ("Entity.Sku" = 规格, "Platform.Pinduoduo" = 拼多多), role ids as role names, owned rows as one line each, and
/// Identity's bookkeeping stamps left out. The log itself keeps everything; this only decides what the page shows.
/// </summary>
public sealed class AuditChangeReader
{
    /// <summary>Identity's own bookkeeping, changed with every login or password save: noise on the page, kept in the log.</summary>
    private static readonly HashSet<string> Hidden = ["ConcurrencyStamp", "SecurityStamp", "NormalizedUserName", "NormalizedEmail", "NormalizedName"];

    private readonly Dictionary<string, Dictionary<string, Type>> _fieldTypes = new();
    private readonly IReadOnlyDictionary<string, string> _roleNames;
    private readonly Func<string, string?> _localize;

    /// <param name="localize">The text of a resource key, or null when there is none.</param>
    public AuditChangeReader(IModel model, IReadOnlyDictionary<string, string> roleNames, Func<string, string?> localize)
    {
        _roleNames = roleNames;
        _localize = localize;
        foreach (var entity in model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            var fields = new Dictionary<string, Type>();
            foreach (var property in entity.GetProperties()) fields[property.Name.TrimStart('_')] = property.ClrType;
            foreach (var complex in entity.GetComplexProperties())
                foreach (var property in complex.ComplexType.GetProperties()) fields[complex.Name + "." + property.Name] = property.ClrType;
            foreach (var navigation in entity.GetNavigations().Where(n => n.TargetEntityType.IsOwned()))
                foreach (var property in navigation.TargetEntityType.GetProperties()) fields[navigation.Name + "[]." + property.Name] = property.ClrType;
            _fieldTypes.TryAdd(entity.ClrType.Name, fields);
        }
    }

    /// <summary>The entity type's own name ("Entity.Sku" = 规格), else its class name.</summary>
    public string EntityName(string entityType) => _localize("Entity." + entityType.Split('`')[0]) ?? entityType;

    public IReadOnlyList<AuditFieldText> Read(string entityType, string changesJson)
    {
        _fieldTypes.TryGetValue(entityType, out var types);
        using var changes = JsonDocument.Parse(changesJson);
        var result = new List<AuditFieldText>();
        foreach (var field in changes.RootElement.EnumerateObject())
        {
            if (Hidden.Contains(field.Name)) continue;
            string? Side(string side) => field.Value.TryGetProperty(side, out var value) ? Text(value, field.Name, types) : null;
            result.Add(new AuditFieldText(field.Name, Side("before"), Side("after")));
        }
        return result;
    }

    private string? Text(JsonElement value, string field, Dictionary<string, Type>? types) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => _localize("Common.Yes") ?? "true",
        JsonValueKind.False => _localize("Common.No") ?? "false",
        // Owned rows (barcodes, freight rates, address book): one row per "；", its fields by spaces.
        JsonValueKind.Array => value.GetArrayLength() == 0
            ? _localize("Audit.NoRows") ?? "—"
            : string.Join("；", value.EnumerateArray().Select(row => Text(row, field + "[]", types))),
        JsonValueKind.Object => string.Join(" ", value.EnumerateObject()
            .Select(p => Text(p.Value, field + "." + p.Name, types)).Where(t => !string.IsNullOrEmpty(t))),
        JsonValueKind.String => Scalar(value.GetString()!, field, types),
        // 4.0 as stored reads as 4, like the 4 typed.
        JsonValueKind.Number => value.TryGetDecimal(out var number) ? number.ToString("G29", CultureInfo.InvariantCulture) : value.GetRawText(),
        _ => value.GetRawText(),
    };

    private string Scalar(string text, string field, Dictionary<string, Type>? types)
    {
        if (field.EndsWith("RoleId", StringComparison.Ordinal) && _roleNames.TryGetValue(text, out var role))
            return _localize("Role." + role) ?? role;
        var type = types?.GetValueOrDefault(field);
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type is { IsEnum: true }) return _localize(type.Name + "." + text) ?? text;
        // Times kept in UTC read as China time (UTC+8, no daylight saving), as everywhere else on the site.
        if (type == typeof(DateTime) && field.EndsWith("Utc", StringComparison.Ordinal)
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
            return utc.AddHours(8).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        return text;
    }
}
