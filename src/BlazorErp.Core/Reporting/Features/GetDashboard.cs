using BlazorErp.Core.Common;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Platforms;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Reporting.Features;

/// <summary>Orders waiting at one station right now; <see cref="Exceptions"/> of them are held by an exception (异常).</summary>
public sealed record StatusCount(OrderStatus Status, int Count, int Exceptions);

/// <summary>Per station, how many orders passed it in each China hour of today (index 0 = 00:00–01:00).</summary>
public sealed record StationHours(Station Station, int[] PerHour)
{
    public int Total => PerHour.Sum();
}

public sealed record ClerkThroughput(string Clerk, string DisplayName, IReadOnlyDictionary<Station, int> Counts);

public sealed record ShopThroughput(long ShopId, string Shop, IReadOnlyDictionary<Station, int> Counts, decimal Sales, decimal Profit);

/// <summary>Sales (goods and buyer's postage, reversals netted) and gross profit of today so far, of yesterday up to the same hour, and of all yesterday.</summary>
public sealed record SalesComparison(decimal Today, decimal ProfitToday, decimal YesterdaySoFar, decimal ProfitYesterdaySoFar, decimal Yesterday, decimal ProfitYesterday);

public sealed record Throughput(IReadOnlyList<StationHours> Hours, IReadOnlyList<ClerkThroughput> Clerks, IReadOnlyList<ShopThroughput> Shops, SalesComparison Sales)
{
    public int Today(Station station) => Hours.FirstOrDefault(h => h.Station == station)?.Total ?? 0;
}

/// <summary>A SKU the orders found out of stock need more of than its warehouse has available (今日断货).</summary>
public sealed record ShortSku(string Warehouse, string MerchantCode, string Title, int Needed, int Available)
{
    public int Short => Needed - Available;
}

/// <summary>缺货: waiting orders held for stock (flag or review finding), and the SKUs short for them.</summary>
public sealed record OutOfStockView(int Orders, int SkuCount, IReadOnlyList<ShortSku> Skus);

/// <summary>Ship-syncs the platform refused (a person has to look) and those still retrying after a failure.</summary>
public sealed record ShipSyncHealth(int Failed, int Retrying);

/// <summary>An order still to ship and the latest time its shop promised to ship it by (payment + the shop's 发货时效).</summary>
public sealed record DeadlineRow(long OrderId, string Shop, OrderStatus Status, bool HasException, DateTime PaidAtChina, DateTime DueAtChina);

public sealed record DashboardView(DateTime AtChina, IReadOnlyList<StatusCount> Statuses, Throughput Throughput, OutOfStockView OutOfStock,
    ShipSyncHealth ShipSync, IReadOnlyList<DeadlineRow> Deadlines);

/// <summary>
/// 经理看板: the live figures. Every part reads either summary rows kept in step with the changes
/// (<see cref="StationTally"/>: throughput per hour, station, clerk and shop; sales and profit) or a narrow index range
/// over the orders still in the warehouse's hands — never the whole order history, so the cost stays flat as the
/// history grows (the <c>dashboard</c> benchmark measures each part at 1,000,000+ orders while orders keep arriving).
/// </summary>
public sealed class GetDashboard(IDbContextFactory<ErpDbContext> contexts, TimeProvider clock)
{
    public static readonly OrderStatus[] OpenStatuses = [OrderStatus.PendingReview, OrderStatus.Approved, OrderStatus.Printed, OrderStatus.Inspected];
    public const int DeadlineRows = 15;
    private const int ShortSkuRows = 10;
    /// <summary>The out-of-stock SKUs are worked out from at most this many held orders (the oldest first).</summary>
    private const int OutOfStockSample = 2000;

    public async Task<DashboardView> HandleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return new DashboardView(ChinaDay.ToChina(now), await StatusesAsync(db, cancellationToken), await ThroughputAsync(db, now, cancellationToken),
            await OutOfStockAsync(db, cancellationToken), await ShipSyncAsync(db, cancellationToken), await DeadlinesAsync(db, cancellationToken));
    }

    /// <summary>Open orders by status, from an index led by the status: only the open statuses' ranges are read.</summary>
    public static async Task<IReadOnlyList<StatusCount>> StatusesAsync(ErpDbContext db, CancellationToken cancellationToken = default)
    {
        var counts = await db.Set<Order>().Where(o => OpenStatuses.Contains(o.Status))
            .GroupBy(o => new { o.Status, Exception = o.Flags != OrderFlags.None })
            .Select(g => new { g.Key.Status, g.Key.Exception, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return OpenStatuses.Select(s => new StatusCount(s, counts.Where(c => c.Status == s).Sum(c => c.Count),
            counts.Where(c => c.Status == s && c.Exception).Sum(c => c.Count))).ToList();
    }

    /// <summary>Today's and yesterday's summary rows, folded per hour, clerk and shop and the sales per hour by the database.</summary>
    public static async Task<Throughput> ThroughputAsync(ErpDbContext db, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var today = ChinaDay.DateOf(nowUtc);
        var (from, midnight, to) = (ChinaDay.StartChina(today.AddDays(-1)), ChinaDay.StartChina(today), ChinaDay.StartChina(today.AddDays(1)));
        var tallies = db.Set<StationTally>().AsNoTracking();
        var todays = tallies.Where(t => t.HourChina >= midnight && t.HourChina < to);
        // Folded by the database along each axis the page shows: a few dozen rows each instead of every tally row.
        var perHour = await todays.GroupBy(t => new { t.HourChina, t.Station })
            .Select(g => new { g.Key.HourChina, g.Key.Station, Count = g.Sum(t => t.Count) }).ToListAsync(cancellationToken);
        var perClerk = await todays.GroupBy(t => new { t.Clerk, t.Station })
            .Select(g => new { g.Key.Clerk, g.Key.Station, Count = g.Sum(t => t.Count) }).ToListAsync(cancellationToken);
        var perShop = await todays.GroupBy(t => new { t.ShopId, t.Station })
            .Select(g => new { g.Key.ShopId, g.Key.Station, Count = g.Sum(t => t.Count), Sales = g.Sum(t => t.SalesFen), Profit = g.Sum(t => t.ProfitFen) })
            .ToListAsync(cancellationToken);
        var salesPerHour = await tallies.Where(t => t.HourChina >= from && t.HourChina < to && (t.Station == Station.Shipped || t.Station == Station.Reversed))
            .GroupBy(t => t.HourChina).Select(g => new { HourChina = g.Key, Sales = g.Sum(t => t.SalesFen), Profit = g.Sum(t => t.ProfitFen) })
            .ToListAsync(cancellationToken);

        var hours = Enum.GetValues<Station>().Select(station =>
        {
            var counts = new int[24];
            foreach (var r in perHour.Where(r => r.Station == station)) counts[r.HourChina.Hour] += r.Count;
            return new StationHours(station, counts);
        }).ToList();

        // Staff and shops are a few dozen rows: read whole, cheaper than a list-parameter query EF re-translates each time.
        var displayNames = await db.Users.AsNoTracking().Select(u => new { u.UserName, u.DisplayName })
            .ToDictionaryAsync(u => u.UserName ?? "", u => u.DisplayName, cancellationToken);
        var clerks = perClerk.Where(r => r.Clerk is not ("system" or CurrentUser.Anonymous)).GroupBy(r => r.Clerk) // people, not workers
            .Select(g => new ClerkThroughput(g.Key, displayNames.GetValueOrDefault(g.Key) is { Length: > 0 } name ? name : g.Key,
                g.ToDictionary(s => s.Station, s => s.Count)))
            .OrderByDescending(c => c.Counts.Values.Sum()).ToList();

        var shopNames = await db.Set<Shop>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        static bool IsSale(Station s) => s is Station.Shipped or Station.Reversed;
        var shops = perShop.GroupBy(r => r.ShopId)
            .Select(g => new ShopThroughput(g.Key, shopNames.GetValueOrDefault(g.Key) ?? "#" + g.Key, g.ToDictionary(s => s.Station, s => s.Count),
                g.Where(r => IsSale(r.Station)).Sum(r => r.Sales) / 100m, g.Where(r => IsSale(r.Station)).Sum(r => r.Profit) / 100m))
            .OrderByDescending(s => s.Sales).ThenBy(s => s.Shop).ToList();

        var sameTimeYesterday = ChinaDay.HourOf(nowUtc).AddDays(-1);
        var yesterdaySoFar = salesPerHour.Where(r => r.HourChina < midnight && r.HourChina <= sameTimeYesterday).ToList();
        var yesterday = salesPerHour.Where(r => r.HourChina < midnight).ToList();
        var todaysSales = salesPerHour.Where(r => r.HourChina >= midnight).ToList();
        var comparison = new SalesComparison(todaysSales.Sum(r => r.Sales) / 100m, todaysSales.Sum(r => r.Profit) / 100m,
            yesterdaySoFar.Sum(r => r.Sales) / 100m, yesterdaySoFar.Sum(r => r.Profit) / 100m,
            yesterday.Sum(r => r.Sales) / 100m, yesterday.Sum(r => r.Profit) / 100m);
        return new Throughput(hours, clerks, shops, comparison);
    }

    /// <summary>
    /// 缺货 orders are counted from the (Status, Findings, Flags) index; the SKUs short for them are worked out from their
    /// lines (combos as components) against what each warehouse has available.
    /// </summary>
    public static async Task<OutOfStockView> OutOfStockAsync(ErpDbContext db, CancellationToken cancellationToken = default)
    {
        // Orders parked in the 超区 bucket are not ours to ship: they are not waiting for stock.
        var held = db.Set<Order>().Where(o => o.Status == OrderStatus.PendingReview && o.WarehouseId != null && !o.InRemoteArea
            && ((o.Flags & OrderFlags.OutOfStock) != 0 || (o.Findings & ReviewFinding.OutOfStock) != 0));
        // The oldest first (the order the (Status, PaidAtChina) index reads them in); counted separately only past the sample.
        var orders = await held.OrderBy(o => o.PaidAtChina).Take(OutOfStockSample + 1)
            .Select(o => new { WarehouseId = o.WarehouseId!.Value, Lines = EF.Property<List<OrderLine>>(o, "_lines") })
            .ToListAsync(cancellationToken);
        var count = orders.Count > OutOfStockSample ? await held.CountAsync(cancellationToken) : orders.Count;
        if (count == 0) return new OutOfStockView(0, 0, []);
        if (orders.Count > OutOfStockSample) orders.RemoveAt(OutOfStockSample);

        var combos = await db.Set<Sku>().AsNoTracking().Where(s => s.ComboItems.Any()) // the combos are few: all of them
            .Select(s => new { s.Id, Items = s.ComboItems.Select(i => new { i.ComponentSkuId, i.Quantity }).ToList() })
            .ToDictionaryAsync(s => s.Id, s => s.Items, cancellationToken);
        var needs = new Dictionary<(long Warehouse, long Sku), int>();
        foreach (var order in orders)
            foreach (var line in order.Lines.Where(l => l.SkuId is not null))
            {
                var parts = combos.TryGetValue(line.SkuId!.Value, out var items)
                    ? items.Select(i => (i.ComponentSkuId, i.Quantity * line.Quantity)) : [(line.SkuId!.Value, line.Quantity)];
                foreach (var (sku, quantity) in parts)
                    needs[(order.WarehouseId, sku)] = needs.GetValueOrDefault((order.WarehouseId, sku)) + quantity;
            }

        var warehouseIds = needs.Keys.Select(k => k.Warehouse).Distinct().ToList();
        var skuIds = needs.Keys.Select(k => k.Sku).Distinct().ToList();
        // One array parameter each (json_each / OPENJSON): the statement stays the same whatever the lists' lengths, so EF translates it once.
        var available = await db.Set<StockLevel>().AsNoTracking()
            .Where(l => EF.Parameter(warehouseIds).Contains(l.WarehouseId) && EF.Parameter(skuIds).Contains(l.SkuId))
            .ToDictionaryAsync(l => (l.WarehouseId, l.SkuId), l => l.OnHand - l.Reserved, cancellationToken);
        var shortOnes = needs.Select(n => (n.Key, Needed: n.Value, Available: available.GetValueOrDefault(n.Key)))
            .Where(n => n.Needed > n.Available).OrderByDescending(n => n.Needed - n.Available).ToList();
        var shownSkus = shortOnes.Take(ShortSkuRows).Select(n => n.Key.Sku).ToList();
        var skus = await db.Set<Sku>().AsNoTracking().Where(s => shownSkus.Contains(s.Id))
            .Select(s => new { s.Id, s.MerchantCode, s.Goods.Name, s.SpecName }).ToDictionaryAsync(s => s.Id, cancellationToken);
        var warehouses = await db.Set<Warehouse>().AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
        return new OutOfStockView(count, shortOnes.Count, shortOnes.Take(ShortSkuRows).Select(n =>
        {
            var sku = skus.GetValueOrDefault(n.Key.Sku);
            return new ShortSku(warehouses.GetValueOrDefault(n.Key.Warehouse) ?? "", sku?.MerchantCode ?? "#" + n.Key.Sku,
                sku is null ? "" : sku.SpecName is null ? sku.Name : sku.Name + " " + sku.SpecName, n.Needed, Math.Max(n.Available, 0));
        }).ToList());
    }

    /// <summary>From the (Status, NextAttemptAtUtc) index of the ship-sync jobs.</summary>
    public static async Task<ShipSyncHealth> ShipSyncAsync(ErpDbContext db, CancellationToken cancellationToken = default)
    {
        var counts = await db.Set<ShipSyncJob>().Where(j => j.Status == ShipSyncStatus.Failed || (j.Status == ShipSyncStatus.Pending && j.Attempts > 0))
            .GroupBy(j => j.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new ShipSyncHealth(counts.Where(c => c.Status == ShipSyncStatus.Failed).Sum(c => c.Count),
            counts.Where(c => c.Status == ShipSyncStatus.Pending).Sum(c => c.Count));
    }

    /// <summary>
    /// The orders nearest their latest ship time. Within shops of the same 发货时效 the deadline order is the payment
    /// order, so per such group and open status the (Status, PaidAtChina) index yields the first few directly; orders
    /// without a payment time (entered by hand) count from when they were entered.
    /// </summary>
    public static async Task<IReadOnlyList<DeadlineRow>> DeadlinesAsync(ErpDbContext db, CancellationToken cancellationToken = default)
    {
        var shops = await db.Set<Shop>().AsNoTracking().Select(s => new { s.Id, s.Name, s.PromisedShipHours }).ToListAsync(cancellationToken);
        var candidates = new List<DeadlineCandidate>();
        foreach (var group in shops.GroupBy(s => s.PromisedShipHours))
            await foreach (var c in FirstDue(db, group.Key).WithCancellation(cancellationToken)) candidates.Add(c);
        var shopById = shops.ToDictionary(s => s.Id);
        return candidates
            .Select(c =>
            {
                var paidChina = c.PaidAtChina ?? ChinaDay.ToChina(c.CreatedAtUtc);
                var shop = shopById.GetValueOrDefault(c.ShopId);
                return new DeadlineRow(c.Id, shop?.Name ?? "#" + c.ShopId, c.Status, c.Flags != OrderFlags.None, paidChina,
                    paidChina.AddHours(shop?.PromisedShipHours ?? Shop.DefaultPromisedShipHours));
            })
            .OrderBy(d => d.DueAtChina).ThenBy(d => d.OrderId).Take(DeadlineRows).ToList();
    }

    private sealed record DeadlineCandidate(long Id, long ShopId, OrderStatus Status, OrderFlags Flags, DateTime? PaidAtChina, DateTime CreatedAtUtc);

    /// <summary>
    /// For a group of shops: per open status, the first few by payment time and the first few entered without one — eight
    /// index seeks in one statement, compiled once (a union this size costs EF more to translate each time than SQLite to answer).
    /// </summary>
    private static readonly Func<ErpDbContext, int, IAsyncEnumerable<DeadlineCandidate>> FirstDue = EF.CompileAsyncQuery(
        (ErpDbContext db, int hours) =>
            db.Set<Order>().Where(o => o.Status == OrderStatus.PendingReview && !o.InRemoteArea && db.Set<Shop>().Any(s => s.Id == o.ShopId && s.PromisedShipHours == hours) && o.PaidAtChina != null).OrderBy(o => o.PaidAtChina).Take(DeadlineRows)
            .Concat(db.Set<Order>().Where(o => o.Status == OrderStatus.PendingReview && !o.InRemoteArea && db.Set<Shop>().Any(s => s.Id == o.ShopId && s.PromisedShipHours == hours) && o.PaidAtChina == null).OrderBy(o => o.CreatedAtUtc).Take(DeadlineRows))
            .Concat(db.Set<Order>().Where(o => o.Status == OrderStatus.Approved && !o.InRemoteArea && db.Set<Shop>().Any(s => s.Id == o.ShopId && s.PromisedShipHours == hours) && o.PaidAtChina != null).OrderBy(o => o.PaidAtChina).Take(DeadlineRows))
            .Concat(db.Set<Order>().Where(o => o.Status == OrderStatus.Approved && !o.InRemoteArea && db.Set<Shop>().Any(s => s.Id == o.ShopId && s.PromisedShipHours == hours) && o.PaidAtChina == null).OrderBy(o => o.CreatedAtUtc).Take(DeadlineRows))
            .Concat(db.Set<Order>().Where(o => o.Status == OrderStatus.Printed && !o.InRemoteArea && db.Set<Shop>().Any(s => s.Id == o.ShopId && s.PromisedShipHours == hours) && o.PaidAtChina != null).OrderBy(o => o.PaidAtChina).Take(DeadlineRows))
            .Concat(db.Set<Order>().Where(o => o.Status == OrderStatus.Printed && !o.InRemoteArea && db.Set<Shop>().Any(s => s.Id == o.ShopId && s.PromisedShipHours == hours) && o.PaidAtChina == null).OrderBy(o => o.CreatedAtUtc).Take(DeadlineRows))
            .Concat(db.Set<Order>().Where(o => o.Status == OrderStatus.Inspected && !o.InRemoteArea && db.Set<Shop>().Any(s => s.Id == o.ShopId && s.PromisedShipHours == hours) && o.PaidAtChina != null).OrderBy(o => o.PaidAtChina).Take(DeadlineRows))
            .Concat(db.Set<Order>().Where(o => o.Status == OrderStatus.Inspected && !o.InRemoteArea && db.Set<Shop>().Any(s => s.Id == o.ShopId && s.PromisedShipHours == hours) && o.PaidAtChina == null).OrderBy(o => o.CreatedAtUtc).Take(DeadlineRows))
            .Select(o => new DeadlineCandidate(o.Id, o.ShopId, o.Status, o.Flags, o.PaidAtChina, o.CreatedAtUtc)));
}
