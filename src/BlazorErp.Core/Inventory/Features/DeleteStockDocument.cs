using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Inventory.Features;

/// <summary>
/// Deletes a draft typed wrongly: it posted nothing, so nothing needs a counter-entry; the audit log records the deletion with
/// its lines. An audited document is refused — it is reversed (冲销).
/// </summary>
public sealed class DeleteStockDocument(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<Result> HandleAsync(long documentId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<StockDocument>().SingleOrDefaultAsync(d => d.Id == documentId) is not { } document)
            return Errors.NotFound("StockDocument " + documentId);
        if (document.CheckDeletable() is { Succeeded: false } refused) return refused;
        db.Remove(document);
        await db.SaveChangesAsync();
        return Result.Ok();
    }
}
