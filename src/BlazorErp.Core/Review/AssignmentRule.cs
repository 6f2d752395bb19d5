using BlazorErp.Core.Common;
using BlazorErp.Core.Orders;

namespace BlazorErp.Core.Review;

/// <summary>
/// 物流/仓库分配规则: "amount ≥ 999 → 顺丰", "收货省 湖南 → 顺丰", "default 中通". Rules are tried in
/// <see cref="Priority"/> order; the first matching rule that names a courier sets the courier, likewise the warehouse.
/// An empty condition matches every order (the default rule).
/// </summary>
public sealed class AssignmentRule : Entity
{
    public int Priority { get; private set; }
    public string Name { get; private set; } = "";
    public bool Enabled { get; private set; }
    public long? ShopId { get; private set; }
    public decimal? MinAmount { get; private set; }
    public List<string> ProvinceCodes { get; private set; } = [];
    public long? CourierId { get; private set; }
    public long? WarehouseId { get; private set; }

    private AssignmentRule() { }

    public static Result<AssignmentRule> Create(int priority, string name, long? shopId, decimal? minAmount, IEnumerable<string> provinceCodes,
        long? courierId, long? warehouseId)
    {
        var rule = new AssignmentRule();
        var result = rule.Update(priority, name, shopId, minAmount, provinceCodes, courierId, warehouseId);
        return result.Succeeded ? rule : result.Error!;
    }

    public Result Update(int priority, string name, long? shopId, decimal? minAmount, IEnumerable<string> provinceCodes, long? courierId, long? warehouseId)
    {
        if (string.IsNullOrWhiteSpace(name)) return new Error("Rule.NameRequired");
        if (courierId is null && warehouseId is null) return new Error("Rule.ActionRequired");
        if (minAmount < 0) return new Error("Sku.NegativePrice");
        (Priority, Name, ShopId, MinAmount, CourierId, WarehouseId) = (priority, name.Trim(), shopId, minAmount, courierId, warehouseId);
        ProvinceCodes = provinceCodes.Distinct().Order().ToList();
        return Result.Ok();
    }

    /// <summary>Rules are created disabled: a clerk runs the simulator first, then enables.</summary>
    public void SetEnabled(bool enabled) => Enabled = enabled;

    public bool Matches(Order order) =>
        (ShopId is null || ShopId == order.ShopId)
        && (MinAmount is null || order.Paid >= MinAmount)
        && (ProvinceCodes.Count == 0 || (order.Receiver.ProvinceCode is { } p && ProvinceCodes.Contains(p)));

    /// <summary>The courier and warehouse the ordered rules give an order (null where no rule says).</summary>
    public static (long? CourierId, long? WarehouseId) Decide(IEnumerable<AssignmentRule> rules, Order order)
    {
        var matching = rules.Where(r => r.Matches(order)).OrderBy(r => r.Priority).ThenBy(r => r.Id).ToList();
        return (matching.FirstOrDefault(r => r.CourierId is not null)?.CourierId, matching.FirstOrDefault(r => r.WarehouseId is not null)?.WarehouseId);
    }
}
