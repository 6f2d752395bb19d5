using BlazorErp.Core.Common;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Review;

/// <summary>
/// What the checks of a batch of orders read, loaded with a handful of queries for the whole batch:
/// SKUs, couriers, warehouses, settings, rules and the stock available per warehouse and SKU. Approving in
/// memory <see cref="Consume"/>s availability, so later orders of the batch see what earlier ones took.
/// </summary>
internal sealed class ReviewFacts
{
    private readonly Dictionary<long, SkuFacts> _skus;
    private readonly Dictionary<long, Courier> _couriers;
    private readonly Dictionary<long, Warehouse> _warehouses;
    private readonly Dictionary<long, ShopReviewSettings> _shops;
    private readonly Dictionary<(long, long), int> _available;
    private readonly HashSet<string> _remote;

    public IReadOnlyList<AssignmentRule> Rules { get; }
    public long? RemoteBucketId { get; }

    private ReviewFacts(Dictionary<long, SkuFacts> skus, Dictionary<long, Courier> couriers, Dictionary<long, Warehouse> warehouses,
        Dictionary<long, ShopReviewSettings> shops, Dictionary<(long, long), int> available, HashSet<string> remote, IReadOnlyList<AssignmentRule> rules)
    {
        (_skus, _couriers, _warehouses, _shops, _available, _remote, Rules) = (skus, couriers, warehouses, shops, available, remote, rules);
        RemoteBucketId = warehouses.Values.Where(w => w.Type == WarehouseType.RemoteAreaBucket && w.Enabled).OrderBy(w => w.Id).FirstOrDefault()?.Id;
    }

    public IReadOnlyDictionary<long, SkuFacts> Skus => _skus;

    public static Task<ReviewFacts> LoadAsync(ErpDbContext db, IReadOnlyCollection<Order> orders, CancellationToken cancellationToken = default) =>
        LoadAsync(db, orders, rules: null, cancellationToken);

    /// <summary>With <paramref name="rules"/>, those rules instead of the enabled ones (the simulator's candidates).</summary>
    public static async Task<ReviewFacts> LoadAsync(ErpDbContext db, IReadOnlyCollection<Order> orders, IReadOnlyList<AssignmentRule>? rules,
        CancellationToken cancellationToken = default)
    {
        var skuIds = orders.SelectMany(o => o.Lines).Where(l => l.SkuId is not null).Select(l => l.SkuId!.Value).Distinct().ToList();
        var skus = await db.Set<Sku>().AsNoTracking().Where(s => skuIds.Contains(s.Id)).ToListAsync(cancellationToken);
        var facts = skus.ToDictionary(s => s.Id, s => new SkuFacts(s.Id, s.MinPrice, s.Expand(1)));
        var couriers = await db.Set<Courier>().AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var warehouses = await db.Set<Warehouse>().AsNoTracking().ToDictionaryAsync(w => w.Id, cancellationToken);
        var shopIds = orders.Select(o => o.ShopId).Distinct().ToList();
        var shops = await db.Set<ShopReviewSettings>().AsNoTracking().Where(s => shopIds.Contains(s.ShopId)).ToDictionaryAsync(s => s.ShopId, cancellationToken);
        var settings = await db.Set<ReviewSettings>().AsNoTracking().OrderBy(x => x.Id).FirstOrDefaultAsync(cancellationToken);
        rules ??= await db.Set<AssignmentRule>().AsNoTracking().Where(r => r.Enabled).ToListAsync(cancellationToken);
        var stockSkus = facts.Values.SelectMany(f => f.StockPerUnit.Select(c => c.SkuId)).Distinct().ToList();
        var levels = await db.Set<StockLevel>().AsNoTracking().Where(l => stockSkus.Contains(l.SkuId))
            .Select(l => new { l.WarehouseId, l.SkuId, Available = l.OnHand - l.Reserved }).ToListAsync(cancellationToken);
        return new ReviewFacts(facts, couriers, warehouses, shops, levels.ToDictionary(l => (l.WarehouseId, l.SkuId), l => l.Available),
            (settings?.RemoteProvinceCodes ?? [.. ReviewSettings.DefaultRemoteProvinces]).ToHashSet(), rules);
    }

    public Warehouse? Warehouse(long? id) => id is { } w && _warehouses.TryGetValue(w, out var warehouse) ? warehouse : null;

    public ReviewCheckContext ContextFor(Order order) => new(
        order.CourierId is { } c && _couriers.TryGetValue(c, out var courier) ? courier : null,
        Warehouse(order.WarehouseId),
        _skus,
        (warehouseId, skuId) => _available.GetValueOrDefault((warehouseId, skuId)),
        _remote,
        _shops.GetValueOrDefault(order.ShopId));

    /// <summary>The rules fill in courier and warehouse, then the checks run (a remote order is parked in the bucket).</summary>
    public ReviewFinding Prepare(Order order)
    {
        if (order.IsReviewable)
        {
            var (courierId, warehouseId) = AssignmentRule.Decide(Rules, order);
            order.AssignByRule(courierId, warehouseId);
        }
        var findings = ReviewChecks.Run(order, ContextFor(order));
        order.SetFindings(findings, RemoteBucketId);
        return findings;
    }

    public bool AutoApproves(long shopId) => _shops.GetValueOrDefault(shopId)?.AutoApprove == true;

    public void Consume(long warehouseId, IEnumerable<(long SkuId, int Quantity)> needs)
    {
        foreach (var (skuId, quantity) in needs)
            _available[(warehouseId, skuId)] = _available.GetValueOrDefault((warehouseId, skuId)) - quantity;
    }
}
