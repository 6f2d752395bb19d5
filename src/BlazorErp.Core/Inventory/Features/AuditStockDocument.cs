using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Inventory.Features;

/// <summary>审核: posts a draft document's lines to stock, with the ledger, in one transaction.</summary>
public sealed class AuditStockDocument(StockDocumentPosting posting, CurrentUser currentUser, TimeProvider clock)
{
    public Task<Result> HandleAsync(long documentId) =>
        posting.PostAsync(documentId, document => document.Audit(currentUser.Name, clock.GetUtcNow().UtcDateTime));
}

/// <summary>冲销: reverses an audited document with counter-entries; the document and its entries stay.</summary>
public sealed class ReverseStockDocument(StockDocumentPosting posting, CurrentUser currentUser, TimeProvider clock)
{
    public Task<Result> HandleAsync(long documentId) =>
        posting.PostAsync(documentId, document => document.Reverse(currentUser.Name, clock.GetUtcNow().UtcDateTime));
}

/// <summary>
/// A document's state change and the stock movement it causes, in one transaction: the document decides
/// the movement (and refuses a wrong transition); <see cref="Stock"/> applies it or refuses it whole.
/// </summary>
public sealed class StockDocumentPosting(IDbContextFactory<ErpDbContext> contexts, Stock stock)
{
    public async Task<Result> PostAsync(long documentId, Func<StockDocument, Result<IReadOnlyList<StockLine>>> transition)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await db.Set<StockDocument>().SingleOrDefaultAsync(d => d.Id == documentId) is not { } document)
            return Errors.NotFound("StockDocument " + documentId);
        var movement = transition(document);
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
