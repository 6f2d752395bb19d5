using System.Runtime.CompilerServices;
using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Shipping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BlazorErp.Core.Reporting;

/// <summary>
/// Keeps the reporting rows in step with the changes they report, inside the same save and transaction: an order
/// passing a station counts in its hour's <see cref="StationTally"/>, and a shipment posting writes its
/// <see cref="SalesLine"/> rows (a reversal, their negations). Like auditing and queue publishing, it watches the
/// change tracker, so no use case has to remember it and a rolled-back change leaves no trace in the reports — and
/// neither Orders nor Shipping needs to know that reports exist (Reporting is the bridge).
/// </summary>
/// <remarks>
/// Registered after the audit interceptor, which has opened a transaction by then whenever an order or shipment
/// changes; should there be none, this one opens its own and commits it once the save succeeded.
/// </remarks>
public sealed class ReportingInterceptor(CurrentUser currentUser) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _ownedTransactions = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) await PostAsync(context, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) PostAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _ownedTransactions.TryGetValue(context, out _))
        {
            _ownedTransactions.Remove(context);
            await context.Database.CommitTransactionAsync(cancellationToken);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context && _ownedTransactions.TryGetValue(context, out _))
        {
            _ownedTransactions.Remove(context);
            context.Database.RollbackTransaction();
        }
    }

    private async Task PostAsync(DbContext db, CancellationToken cancellationToken)
    {
        var entries = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        var tallies = new Dictionary<TallyKey, TallyDelta>();
        void Count(TallyKey key, TallyDelta delta) => tallies[key] = tallies.GetValueOrDefault(key) + delta;

        foreach (var entry in entries.Where(e => e.Entity is Order))
        {
            var order = (Order)entry.Entity;
            var added = entry.State == EntityState.Added;
            if (added && order.SplitFromOrderId is null && order.Status != OrderStatus.Merged)
                Count(new(ChinaDay.HourOf(order.CreatedAtUtc), Station.Created, order.ShopId, currentUser.Name), new(1, 0, 0));
            foreach (var (station, property, clerk) in Passes(order))
            {
                var at = (DateTime?)entry.Property(property).CurrentValue;
                if (at is not { } moment || (!added && Equals(entry.Property(property).OriginalValue, at))) continue;
                Count(new(ChinaDay.HourOf(moment), station, order.ShopId, Clip(clerk ?? currentUser.Name)), new(1, 0, 0));
            }
        }

        foreach (var entry in entries.Where(e => e.Entity is Shipment && e.State == EntityState.Added))
        {
            var shipment = (Shipment)entry.Entity;
            var lines = await SalesLinesOfAsync(db, shipment, cancellationToken);
            foreach (var line in lines)
            {
                db.Add(line);
                // The shipment's key is still temporary: pointing at it lets EF fill in the real one when it inserts.
                db.Entry(line).Property(l => l.ShipmentId).CurrentValue = (long)entry.Property(nameof(Shipment.Id)).CurrentValue!;
            }
            var money = new TallyDelta(0, lines.Sum(l => StationTally.Fen(l.Amount + l.PostFee)), lines.Sum(l => StationTally.Fen(l.GrossProfit)));
            var reversal = shipment.ReversalOfId is not null;
            // The order's own pass counts the parcel at 发货; a reversal is a pass of its own at 冲销.
            Count(new(ChinaDay.HourOf(shipment.AtUtc), reversal ? Station.Reversed : Station.Shipped, shipment.ShopId, Clip(shipment.By)),
                money with { Count = reversal ? 1 : 0 });
        }

        if (tallies.Count == 0) return;
        if (db.Database.CurrentTransaction is null)
        {
            await db.Database.BeginTransactionAsync(cancellationToken);
            _ownedTransactions.AddOrUpdate(db, new object());
        }
        await AddToTalliesAsync(db, tallies, cancellationToken);
    }

    private static IEnumerable<(Station, string, string?)> Passes(Order order) =>
    [
        (Station.Approved, nameof(Order.ApprovedAtUtc), order.ApprovedBy),
        (Station.Printed, nameof(Order.PrintedAtUtc), null), // whoever marks the batch printed
        (Station.Inspected, nameof(Order.InspectedAtUtc), order.InspectedBy),
        (Station.Shipped, nameof(Order.ShippedAtUtc), order.ShippedBy),
    ];

    private static async Task<List<SalesLine>> SalesLinesOfAsync(DbContext db, Shipment shipment, CancellationToken cancellationToken)
    {
        if (shipment.ReversalOfId is { } reversedId)
        {
            var shipped = await db.Set<SalesLine>().AsNoTracking().Where(l => l.ShipmentId == reversedId).OrderBy(l => l.Id).ToListAsync(cancellationToken);
            return shipped.Select(l => l.Reversal(shipment.AtUtc)).ToList();
        }
        var order = db.ChangeTracker.Entries<Order>().Select(e => e.Entity).FirstOrDefault(o => o.Id == shipment.OrderId)
            ?? await db.Set<Order>().AsNoTracking().SingleAsync(o => o.Id == shipment.OrderId, cancellationToken);
        var costs = await UnitCostsAsync(db, order.Lines.Where(l => l.SkuId is not null).Select(l => l.SkuId!.Value).Distinct().ToList(), cancellationToken);
        return SalesLine.ForParcel(order.Id, shipment.ShopId, shipment.WarehouseId, order.Lines, shipment.Freight, order.PostFee,
            order.ApprovedAtUtc ?? shipment.AtUtc, shipment.AtUtc, sku => costs.GetValueOrDefault(sku));
    }

    /// <summary>The cost per unit now, i.e. at shipping; a combo without a cost of its own costs what its components do.</summary>
    private static async Task<Dictionary<long, decimal>> UnitCostsAsync(DbContext db, List<long> skuIds, CancellationToken cancellationToken)
    {
        var skus = await db.Set<Sku>().AsNoTracking().Where(s => skuIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Cost, Items = s.ComboItems.Select(i => new { i.ComponentSkuId, i.Quantity }).ToList() })
            .ToListAsync(cancellationToken);
        var componentIds = skus.SelectMany(s => s.Items.Select(i => i.ComponentSkuId)).Distinct().ToList();
        var componentCosts = componentIds.Count == 0 ? [] : await db.Set<Sku>().AsNoTracking().Where(s => componentIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Cost, cancellationToken);
        return skus.ToDictionary(s => s.Id, s => s.Cost > 0 || s.Items.Count == 0 ? s.Cost
            : s.Items.Sum(i => componentCosts.GetValueOrDefault(i.ComponentSkuId) * i.Quantity));
    }

    /// <summary>
    /// Adds to the hour's rows: an atomic <c>Count = Count + n</c> on the key's existing row (its lowest id), a new row
    /// where the key has none yet. Keys in a fixed order, so two transactions lock rows in the same order.
    /// </summary>
    private static async Task AddToTalliesAsync(DbContext db, Dictionary<TallyKey, TallyDelta> tallies, CancellationToken cancellationToken)
    {
        var hours = tallies.Keys.Select(k => k.HourChina).Distinct().ToList();
        var existing = (await db.Set<StationTally>().AsNoTracking().Where(t => hours.Contains(t.HourChina))
                .GroupBy(t => new { t.HourChina, t.Station, t.ShopId, t.Clerk })
                .Select(g => new { g.Key.HourChina, g.Key.Station, g.Key.ShopId, g.Key.Clerk, Id = g.Min(t => t.Id) })
                .ToListAsync(cancellationToken))
            .ToDictionary(t => new TallyKey(t.HourChina, t.Station, t.ShopId, t.Clerk), t => t.Id);
        foreach (var (key, delta) in tallies.OrderBy(t => t.Key.HourChina).ThenBy(t => t.Key.Station).ThenBy(t => t.Key.ShopId).ThenBy(t => t.Key.Clerk, StringComparer.Ordinal))
        {
            if (existing.TryGetValue(key, out var id))
                await db.Set<StationTally>().Where(t => t.Id == id).ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.Count, t => t.Count + delta.Count)
                    .SetProperty(t => t.SalesFen, t => t.SalesFen + delta.SalesFen)
                    .SetProperty(t => t.ProfitFen, t => t.ProfitFen + delta.ProfitFen), cancellationToken);
            else
                db.Add(new StationTally(key, delta));
        }
    }

    private static string Clip(string clerk) => clerk.Length > 64 ? clerk[..64] : clerk;
}
