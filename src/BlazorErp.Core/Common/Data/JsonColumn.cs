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
}
