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
/// availability is planned in memory, then reserved with one conditional update per SKU — if another
/// clerk took stock in between, the chunk rolls back and is planned again.
/// </summary>
public sealed class ApproveOrders(IDbContextFactory<ErpDbContext> contexts, Stock stock, CurrentUser currentUser, TimeProvider clock)
{
    private const int ChunkSize = 250;
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
            var planned = await PlanAsync(db, chunk, cancellationToken);
            var reserved = Result.Ok();
            foreach (var warehouse in planned.Reservations.GroupBy(r => r.WarehouseId))
            {
                reserved = await stock.ReserveForDocumentsAsync(db, warehouse.Key, warehouse.Select(r => (r.Document, r.Lines)).ToList());
                if (!reserved.Succeeded) break;
            }
            if (reserved.Succeeded)
            {
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return planned.Outcomes;
                }
                catch (DbUpdateConcurrencyException) when (attempt < Attempts)
                {
                    // Someone saved one of these orders after we read it: plan again on fresh data.
                }
            }
            else if (attempt >= Attempts)
            {
                return chunk.Select(r => new ApproveOutcome(r.OrderId, reserved.Error)).ToList();
            }
            await transaction.RollbackAsync(cancellationToken);
        }
    }

    private sealed record Reservation(long WarehouseId, StockDocumentRef Document, IReadOnlyList<StockLine> Lines);
    private sealed record Plan(List<ApproveOutcome> Outcomes, List<Reservation> Reservations);

    private async Task<Plan> PlanAsync(ErpDbContext db, ApproveRequest[] chunk, CancellationToken cancellationToken)
    {
        var ids = chunk.Select(r => r.OrderId).ToList();
        var orders = await db.Set<Order>().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = await db.Set<OrderClaim>().AsNoTracking().Where(c => ids.Contains(c.OrderId) && c.ExpiresAtUtc > now)
            .ToDictionaryAsync(c => c.OrderId, cancellationToken);
        var facts = await ReviewFacts.LoadAsync(db, orders.Values, cancellationToken);
        var plan = new Plan([], []);
        foreach (var request in chunk)
        {
            if (!orders.TryGetValue(request.OrderId, out var order))
            {
                plan.Outcomes.Add(new ApproveOutcome(request.OrderId, Errors.NotFound("Order " + request.OrderId)));
                continue;
            }
            var refusal = await RefusalAsync(db, request, order, claims.GetValueOrDefault(order.Id));
            if (refusal is null)
            {
                facts.Prepare(order);
                var approved = order.Approve(currentUser.Name, now);
                refusal = approved.Error;
            }
            if (refusal is null && facts.Warehouse(order.WarehouseId) is { } warehouse)
            {
                var needs = ReviewChecks.StockNeeds(order, facts.Skus);
                facts.Consume(warehouse.Id, needs);
                plan.Reservations.Add(new Reservation(warehouse.Id, OrderReservation.Of(order.Id),
                    needs.Select(n => new StockLine(n.SkuId, n.Quantity)).ToList()));
            }
            plan.Outcomes.Add(new ApproveOutcome(order.Id, refusal));
        }
        return plan;
    }

    private async Task<Error?> RefusalAsync(ErpDbContext db, ApproveRequest request, Order order, OrderClaim? claim)
    {
        if (claim is not null && claim.HolderId != currentUser.Id) return new Error("Review.ClaimedBy", claim.HolderName);
        if (request.ExpectedVersion is { } expected && expected != order.Version) return await OrderEdits.StaleAsync(db, order.Id);
        return null;
    }
}
