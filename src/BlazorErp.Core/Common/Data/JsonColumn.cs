using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorErp.Core.Common.Data;

/// <summary>
/// Stores a list of value records kept in a private field as one JSON text column. Unlike EF's owned JSON
/// types, the list is a plain value of its entity: one tracked entry per aggregate instead of one per line,
/// which is what lets intake and batch approval write thousands of orders a second. The records are compared
/// by value, so changes made in place are saved too.
/// </summary>
public static class JsonColumn
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public static PropertyBuilder<List<T>> JsonList<TEntity, T>(this EntityTypeBuilder<TEntity> builder, string field, string column)
        where TEntity : class =>
        builder.Property<List<T>>(field)
            .HasColumnName(column)
            .HasConversion(
                list => JsonSerializer.Serialize(list, Json),
                json => JsonSerializer.Deserialize<List<T>>(json, Json) ?? new List<T>(),
                new ValueComparer<List<T>>(
                    (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
                    list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                    list => list.ToList()))
            .IsRequired();

    /// <summary>
    /// Whether any row's JSON list <paramref name="column"/> holds an item whose <paramref name="property"/> is <paramref name="value"/>.
    /// A text match on the serialized form (<c>"SkuId":12,</c> or <c>"SkuId":12}</c>, as the serializer above writes it): the
    /// one query SQLite and SQL Server both answer without JSON functions. For rare questions (may this SKU be deleted?), not lists.
    /// </summary>
    public static async Task<bool> AnyItemWithAsync<TEntity>(DbContext db, string column, string property, long value)
    {
        var table = db.Model.FindEntityType(typeof(TEntity))!.GetTableName();
        var sql = $"SELECT CASE WHEN EXISTS (SELECT 1 FROM \"{table}\" WHERE \"{column}\" LIKE {{0}} OR \"{column}\" LIKE {{1}}) THEN 1 ELSE 0 END AS \"Value\"";
        var found = await db.Database.SqlQueryRaw<int>(sql, $"%\"{property}\":{value},%", $"%\"{property}\":{value}}}%").ToListAsync();
        return found.Single() == 1;
    }
}
