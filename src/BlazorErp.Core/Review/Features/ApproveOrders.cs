using BlazorErp.Core.Common;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Review.Features;

/// <summary>An order to approve; with the version the clerk saw, a change by someone else since is refused.</summary>
public sealed record ApproveRequest(long OrderId, long? ExpectedVersion = null);

/// <summary>Per order: approved, or why not (a Strings key with arguments).</summary>
public sealed record ApproveOutcome(long OrderId, Error? Error)
{
    public bool Approved => Error is null;
}

/// <summary>
/// 审核通过, one order or a batch. Each order is approved with its checks re-run and its stock reserved, or
/// not at all; the batch reports per order. Orders go in chunks, one transaction each: the chunk's
/// availability is planned in memory from the levels, then reserved with one conditional update per SKU —
/// if another clerk took stock in between, the update refuses, the chunk rolls back and is planned again.
/// </summary>
public sealed class ApproveOrders(IDbContextFactory<ErpDbContext> contexts, Stock stock, CurrentUser currentUser, TimeProvider clock)
{
    private const int ChunkSize = 2500;
    private const int Attempts = 5;

    public async Task<Result> HandleOneAsync(long orderId, long expectedVersion)
    {
        var outcome = (await HandleAsync([new ApproveRequest(orderId, expectedVersion)]))[0];
        return outcome.Approved ? Result.Ok() : outcome.Error!;
    }

    public async Task<IReadOnlyList<ApproveOutcome>> HandleAsync(IReadOnlyList<ApproveRequest> requests, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<ApproveOutcome>();
        foreach (var chunk in requests.DistinctBy(r => r.OrderId).Chunk(ChunkSize))
            outcomes.AddRange(await ApproveChunkAsync(chunk, cancellationToken));
        return outcomes;
    }

    private async Task<IReadOnlyList<ApproveOutcome>> ApproveChunkAsync(ApproveRequest[] chunk, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var plan = await PlanAsync(db, chunk, cancellationToken);
            var reserved = Result.Ok();
            try
            {
                foreach (var (warehouseId, lines) in plan.Needs)
                {
                    reserved = await stock.ReserveAsync(db, warehouseId, lines, plan.Document);
                    if (!reserved.Succeeded) break;
                }
                if (reserved.Succeeded)
                {
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return plan.Outcomes;
                }
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Someone saved one of these orders after we read it: plan again on fresh data.
            }
            if (!reserved.Succeeded && attempt >= Attempts)
            {
                // Stock kept moving under us: the orders that would have been approved say so; the others keep their own reason.
                return plan.Outcomes.Select(o => o.Approved ? o with { Error = reserved.Error } : o).ToList();
            }
            await transaction.RollbackAsync(cancellationToken);
        }
    }

    /// <summary>Per order: approved or why not; per warehouse: the stock the approved orders need; the ledger document.</summary>
    private sealed record Plan(List<ApproveOutcome> Outcomes, Dictionary<long, List<StockLine>> Needs, StockDocumentRef Document);

    private async Task<Plan> PlanAsync(ErpDbContext db, ApproveRequest[] chunk, CancellationToken cancellationToken)
    {
        var ids = chunk.Select(r => r.OrderId).ToList();
        var orders = await db.Set<Order>().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = await db.Set<OrderClaim>().AsNoTracking().Where(c => ids.Contains(c.OrderId) && c.ExpiresAtUtc > now)
            .ToDictionaryAsync(c => c.OrderId, cancellationToken);
        var facts = await ReviewFacts.LoadAsync(db, orders.Values, cancellationToken);
        var outcomes = new List<ApproveOutcome>();
        var needs = new Dictionary<long, List<StockLine>>();
        var approved = new List<long>();
        foreach (var request in chunk)
        {
            if (!orders.TryGetValue(request.OrderId, out var order))
            {
                outcomes.Add(new ApproveOutcome(request.OrderId, Errors.NotFound("Order " + request.OrderId)));
                continue;
            }
            var refusal = await RefusalAsync(db, request, order, claims.GetValueOrDefault(order.Id));
            if (refusal is null)
            {
                facts.Prepare(order); // checks against what the orders approved before it in this batch left available
                var orderNeeds = ReviewChecks.StockNeeds(order, facts.Skus);
                refusal = order.Approve(currentUser.Name, now, orderNeeds.Select(n => new ReservedStock(n.SkuId, n.Quantity)).ToList()).Error;
                if (refusal is null && order.WarehouseId is { } warehouseId)
                {
                    facts.Consume(warehouseId, orderNeeds);
                    if (!needs.TryGetValue(warehouseId, out var lines)) needs[warehouseId] = lines = [];
                    lines.AddRange(orderNeeds.Select(n => new StockLine(n.SkuId, n.Quantity)));
                    approved.Add(order.Id);
                }
            }
            outcomes.Add(new ApproveOutcome(order.Id, refusal));
        }
        // One ledger entry per SKU for the whole batch (each order keeps its share in Order.Reserved); one order books under its own number.
        var document = approved.Count == 1 ? OrderReservation.Of(approved[0])
            : new StockDocumentRef(StockDocumentType.ApprovalBatch, approved.FirstOrDefault(), $"AB{approved.FirstOrDefault()}+{approved.Count}");
        return new Plan(outcomes, needs, document);
    }

    private async Task<Error?> RefusalAsync(ErpDbContext db, ApproveRequest request, Order order, OrderClaim? claim)
    {
        if (claim is not null && claim.HolderId != currentUser.Id) return new Error("Review.ClaimedBy", claim.HolderName);
        if (request.ExpectedVersion is { } expected && expected != order.Version) return await OrderEdits.StaleAsync(db, order.Id);
        return null;
    }
}
