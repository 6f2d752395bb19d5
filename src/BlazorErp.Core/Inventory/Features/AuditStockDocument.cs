using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Inventory.Features;

/// <summary>审核: posts a draft document's lines to stock, with the ledger, in one transaction.</summary>
public sealed class AuditStockDocument(IDbContextFactory<ErpDbContext> contexts, Stock stock, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result> HandleAsync(long documentId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await db.Set<StockDocument>().SingleOrDefaultAsync(d => d.Id == documentId) is not { } document)
            return Errors.NotFound("StockDocument " + documentId);
        var movement = document.Audit(currentUser.Name, clock.GetUtcNow().UtcDateTime);
        if (!movement.Succeeded) return movement.Error!;
        var posted = await stock.PostAsync(db, document.WarehouseId, movement.Value!, document.Ref);
        if (!posted.Succeeded)
        {
            await transaction.RollbackAsync();
            return posted;
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return Result.Ok();
    }
}

/// <summary>冲销: reverses an audited document with counter-entries; the document and its entries stay.</summary>
public sealed class ReverseStockDocument(IDbContextFactory<ErpDbContext> contexts, Stock stock, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result> HandleAsync(long documentId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await db.Set<StockDocument>().SingleOrDefaultAsync(d => d.Id == documentId) is not { } document)
            return Errors.NotFound("StockDocument " + documentId);
        var movement = document.Reverse(currentUser.Name, clock.GetUtcNow().UtcDateTime);
        if (!movement.Succeeded) return movement.Error!;
        var posted = await stock.PostAsync(db, document.WarehouseId, movement.Value!, document.Ref);
        if (!posted.Succeeded)
        {
            await transaction.RollbackAsync();
            return posted;
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return Result.Ok();
    }
}
