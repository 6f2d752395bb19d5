using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Review.Features;

/// <summary>A candidate change: a rule enabled or disabled, and/or a shop's auto-review strategy switched on.</summary>
public sealed record RuleSimulation(long? EnableRuleId = null, long? DisableRuleId = null, long? AutoApproveShopId = null);

public sealed record SimulatedChange(long OrderId, string ReceiverName, string? CourierBefore, string? CourierAfter, string? WarehouseBefore,
    string? WarehouseAfter, bool WouldAutoApprove);

/// <summary>
/// 规则模拟: a dry run over the orders waiting for review — which of them the candidate rules or strategy
/// would change, and how — computed in memory and never saved.
/// </summary>
public sealed class SimulateRules(IDbContextFactory<ErpDbContext> contexts)
{
    private const int Limit = 5000;

    public async Task<IReadOnlyList<SimulatedChange>> HandleAsync(RuleSimulation simulation)
    {
        await using var db = await contexts.CreateDbContextAsync();
        // Tracked but never saved: the orders are changed in memory exactly as the real run would change them.
        var orders = await db.Set<Order>().Where(o => o.Status == OrderStatus.PendingReview).OrderBy(o => o.Id).Take(Limit).ToListAsync();
        var rules = await db.Set<AssignmentRule>().AsNoTracking()
            .Where(r => (r.Enabled || r.Id == simulation.EnableRuleId) && r.Id != simulation.DisableRuleId).ToListAsync();
        var facts = await ReviewFacts.LoadAsync(db, orders, rules);
        var couriers = await db.Set<Courier>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name);
        var warehouses = await db.Set<Warehouse>().AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Name);
        string? Name(Dictionary<long, string> names, long? id) => id is { } x ? names.GetValueOrDefault(x) : null;

        var changes = new List<SimulatedChange>();
        foreach (var order in orders)
        {
            var (courier, warehouse) = (order.CourierId, order.WarehouseId);
            facts.Prepare(order);
            var autoApprove = (simulation.AutoApproveShopId == order.ShopId || facts.AutoApproves(order.ShopId))
                && order.Flags == OrderFlags.None && !order.InRemoteArea && order.Findings == ReviewFinding.None;
            if (courier != order.CourierId || warehouse != order.WarehouseId || autoApprove)
                changes.Add(new SimulatedChange(order.Id, order.Receiver.Name, Name(couriers, courier), Name(couriers, order.CourierId),
                    Name(warehouses, warehouse), Name(warehouses, order.WarehouseId), autoApprove));
        }
        return changes;
    }
}
