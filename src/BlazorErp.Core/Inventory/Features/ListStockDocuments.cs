using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Inventory.Features;

public sealed record StockDocumentRow(long Id, string No, StockDocumentType Type, string Warehouse, StockDocumentStatus Status,
    int LineCount, int TotalQuantity, string CreatedBy, DateTime CreatedAtUtc, string? AuditedBy, DateTime? AuditedAtUtc, string? Note);

/// <summary>Stock documents, newest first, for the documents page.</summary>
public sealed class ListStockDocuments(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<IReadOnlyList<StockDocumentRow>> HandleAsync(StockDocumentType? type = null, int take = 200)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var documents = db.Set<StockDocument>().AsNoTracking();
        if (type is { } t) documents = documents.Where(d => d.Type == t);
        var rows = await documents.OrderByDescending(d => d.Id).Take(take)
            .Join(db.Set<Warehouse>(), d => d.WarehouseId, w => w.Id, (d, w) => new StockDocumentRow(d.Id, d.No, d.Type, w.Name, d.Status,
                d.Lines.Count, d.Lines.Sum(l => l.Quantity), d.CreatedBy, d.CreatedAtUtc, d.AuditedBy, d.AuditedAtUtc, d.Note))
            .ToListAsync();
        // Documents keep the sign-in name (stable, as the audit log); staff read the display name (王芳, not admin).
        var names = rows.SelectMany(r => new[] { r.CreatedBy, r.AuditedBy }).OfType<string>().Distinct().ToList();
        var displayNames = await db.Users.AsNoTracking().Where(u => names.Contains(u.UserName!))
            .Select(u => new { u.UserName, u.DisplayName }).ToDictionaryAsync(u => u.UserName!, u => u.DisplayName);
        string Display(string name) => displayNames.TryGetValue(name, out var display) && !string.IsNullOrWhiteSpace(display) ? display : name;
        return rows.Select(r => r with { CreatedBy = Display(r.CreatedBy), AuditedBy = r.AuditedBy is null ? null : Display(r.AuditedBy) }).ToList();
    }
}
