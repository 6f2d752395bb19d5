using System.Diagnostics;
using System.Globalization;
using System.Text;
using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Regions;
using BlazorErp.Core.Reporting;
using BlazorErp.Core.Reporting.Features;
using BlazorErp.Core.Review.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.Benchmarks;

/// <summary>
/// 经理看板 at scale: N orders of history (10,000 a day, so 1,000,000 is 100 days; mostly shipped, with their ship-sync
/// jobs, sales lines and hourly station tallies; the last two days' orders spread over the stations) seeded with raw
/// batched SQL, then each KPI query of the dashboard timed while a writer keeps orders arriving and being approved through
/// the real use cases (so the tallies and the notifier are busy too). Reports p50/p95/max per query and the writer's rate.
/// </summary>
public sealed class DashboardScenario : IScenario
{
    private const int PerDay = 10_000, SkuCount = 200, Shops = 5, Iterations = 100, Warmup = 5;
    private static readonly string[] Clerks = ["reviewer", "reviewer2", "warehouse", "warehouse2"];

    public string Description => "dashboard KPI queries p50/p95 at N orders while orders keep arriving";
    public int DefaultSize => 1_000_000;

    public async Task<ResultTable> RunAsync(int size)
    {
        await using var erp = await InProcessErp.CreateAsync();
        var world = await MasterDataAsync(erp);
        var seeding = Stopwatch.StartNew();
        var seeded = await SeedAsync(erp.DatabasePath, world, size);
        var seedTime = seeding.Elapsed;
        Console.Error.WriteLine($"seeded {size:N0} orders in {seedTime.TotalSeconds:0} s ({seeded})");
        if (Environment.GetEnvironmentVariable("DASHBOARD_KEEP_DB") is { Length: > 0 } copy)
        {
            await using var keep = new SqliteConnection("Data Source=" + erp.DatabasePath);
            await keep.OpenAsync();
            await ExecAsync(keep, $"VACUUM INTO '{copy}'"); // to look at query plans with the sqlite3 shell
        }

        using var stop = new CancellationTokenSource();
        // DASHBOARD_NO_WRITER=1 measures the queries alone (to tell their own cost from the contention).
        var writer = Environment.GetEnvironmentVariable("DASHBOARD_NO_WRITER") == "1"
            ? Task.FromResult((Orders: 0, Approved: 0, Seconds: 1.0)) : Task.Run(() => WriteAsync(erp, world, stop.Token));
        await Task.Delay(1_000); // the writer is in its stride

        var contexts = erp.Services.GetRequiredService<IDbContextFactory<ErpDbContext>>();
        var today = ChinaDay.DateOf(DateTime.UtcNow);
        var queries = new (string Name, Func<ErpDbContext, Task> Run)[]
        {
            ("orders by status (open)", db => GetDashboard.StatusesAsync(db)),
            ("throughput: hour × station × clerk × shop, sales vs yesterday", db => GetDashboard.ThroughputAsync(db, DateTime.UtcNow)),
            ("out of stock: orders + SKUs short", db => GetDashboard.OutOfStockAsync(db)),
            ("failed / retrying ship-syncs", db => GetDashboard.ShipSyncAsync(db)),
            ("deadline board (15 nearest)", db => GetDashboard.DeadlinesAsync(db)),
        };
        var timings = queries.ToDictionary(q => q.Name, _ => new List<double>());
        timings["whole dashboard (one refresh)"] = [];
        timings["销售明细账: one day, page 1 + totals"] = [];
        var dashboard = erp.Services.GetRequiredService<GetDashboard>();
        await using var scope = erp.Scope("finance");
        var ledger = scope.ServiceProvider.GetRequiredService<QuerySalesDetail>();

        for (var round = 0; round < Warmup + Iterations; round++)
        {
            foreach (var (name, run) in queries)
            {
                await using var db = await contexts.CreateDbContextAsync();
                var watch = Stopwatch.StartNew();
                await run(db);
                if (round >= Warmup) timings[name].Add(watch.Elapsed.TotalMilliseconds);
            }
            var whole = Stopwatch.StartNew();
            await dashboard.HandleAsync();
            if (round >= Warmup) timings["whole dashboard (one refresh)"].Add(whole.Elapsed.TotalMilliseconds);
            var day = Stopwatch.StartNew();
            await ledger.HandleAsync(new SalesDetailQuery(today.AddDays(-1), today.AddDays(-1), SalesTimeBasis.Shipped));
            if (round >= Warmup) timings["销售明细账: one day, page 1 + totals"].Add(day.Elapsed.TotalMilliseconds);
        }
        await stop.CancelAsync();
        var written = await writer;

        var table = new ResultTable("query", "p50", "p95", "max", "target p95");
        foreach (var (name, values) in timings)
            table.Add(name, $"{Stats.Percentile(values, 50):0.0} ms", $"{Stats.Percentile(values, 95):0.0} ms", $"{values.Max():0.0} ms", "≤ 100 ms");
        table.Add($"writer meanwhile: {written.Orders:N0} orders created, {written.Approved:N0} approved", $"{written.Orders / written.Seconds:0} orders/s", "", "", "");
        table.Add($"seeded: {seeded}", $"{seedTime.TotalSeconds:0} s", "", "", "");
        return table;
    }

    private sealed record World(List<long> ShopIds, List<long> WarehouseIds, long CourierId, List<(long Id, string Code, decimal Cost)> Skus);

    private static async Task<World> MasterDataAsync(InProcessErp erp)
    {
        await using var scope = erp.Scope("admin");
        var sp = scope.ServiceProvider;
        var warehouses = new List<long>();
        foreach (var (code, name) in new[] { ("BD", "本地仓库"), ("WH", "武汉仓") })
            warehouses.Add((await sp.GetRequiredService<SaveWarehouse>().HandleAsync(new WarehouseInput { Code = code, Name = name, Type = WarehouseType.Own })).Value);
        var courierId = (await sp.GetRequiredService<SaveCourier>().HandleAsync(new CourierInput { Code = "ZTO", Name = "中通快递", Rates = [new RateInput(null, 1, 5, 2)] })).Value;
        var shops = new List<long>();
        int[] promised = [48, 48, 48, 24, 72];
        for (var i = 0; i < Shops; i++)
            shops.Add((await sp.GetRequiredService<SaveShop>().HandleAsync(new ShopInput { Name = "压测店" + i, Platform = Platform.Taobao, PromisedShipHours = promised[i] })).Value);
        await using (var db = await erp.DbAsync())
        {
            var goods = new Goods("压测货品", "压测", null, null);
            for (var i = 0; i < SkuCount; i++) goods.AddSku(new SkuDetails($"DASH-{i:000}", null, [], 30, 5, 8 + i % 10, 300));
            db.Add(goods);
            await db.SaveChangesAsync();
        }
        await using var read = await erp.DbAsync();
        var skus = (await read.Set<Sku>().OrderBy(s => s.Id).Select(s => new { s.Id, s.MerchantCode, s.Cost }).ToListAsync()).Select(s => (s.Id, s.MerchantCode, s.Cost)).ToList();
        return new World(shops, warehouses, courierId, skus);
    }

    /// <summary>Raw batched INSERTs on one connection, secondary indexes dropped while loading and rebuilt after.</summary>
    private static async Task<string> SeedAsync(string file, World world, int size)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync();
        await ExecAsync(connection, "PRAGMA foreign_keys=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000;");
        string[] tables = ["Orders", "ShipSyncJobs", "SalesLines", "StationTallies", "StockLevels"];
        var indexes = new List<(string Name, string Sql)>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL AND tbl_name IN ({string.Join(",", tables.Select(t => $"'{t}'"))})";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var index in indexes) await ExecAsync(connection, $"DROP INDEX \"{index.Name}\"");

        // Stock: plenty everywhere except ten SKUs that are short (今日断货).
        await using (var tx = (SqliteTransaction)await connection.BeginTransactionAsync())
        {
            foreach (var warehouse in world.WarehouseIds)
                foreach (var (sku, index) in world.Skus.Select((s, i) => (s.Id, i)))
                    await ExecAsync(connection, $"INSERT INTO StockLevels (WarehouseId, SkuId, OnHand, Reserved) VALUES ({warehouse}, {sku}, {(index < 10 ? 1 : 1_000_000)}, 0)", tx);
            await tx.CommitAsync();
        }

        var now = DateTime.UtcNow;
        var spacing = TimeSpan.FromTicks(TimeSpan.TicksPerDay / PerDay);
        var tallies = new Dictionary<(DateTime Hour, Station Station, long Shop, string Clerk), (int Count, long Sales, long Profit)>();
        void Tally(DateTime at, Station station, long shop, string clerk, long sales = 0, long profit = 0)
        {
            var key = (ChinaDay.HourOf(at), station, shop, clerk);
            var (c, s, p) = tallies.GetValueOrDefault(key);
            tallies[key] = (c + 1, s + sales, p + profit);
        }
        var random = new Random(11);
        var path = RegionDirectory.China.Resolve("湖北", "武汉", "江汉区").Value!;
        int open = 0, shipped = 0;
        const int Batch = 20_000;
        for (var start = 0; start < size; start += Batch)
        {
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var order = Command(connection, tx, "Orders", ["ShopId", "Tid", "TidModifiedChina", "BuyerNick", "Status", "Flags", "Findings", "Acknowledged",
                "GoodsTotal", "PostFee", "Discount", "Paid", "PaidAtChina", "CreatedAtUtc", "Touched", "ReceiverKey", "MerchantCodes", "NeedsChecks", "InRemoteArea",
                "CourierId", "WarehouseId", "ApprovedAtUtc", "ApprovedBy", "TrackingNo", "PrintedAtUtc", "InspectedAtUtc", "InspectedBy", "ShippedAtUtc", "ShippedBy",
                "WeightKg", "Freight", "Version", "Lines", "Sources", "Reserved", "Receiver_Name", "Receiver_Mobile", "Receiver_State", "Receiver_City",
                "Receiver_District", "Receiver_Address", "Receiver_ProvinceCode", "Receiver_CityCode", "Receiver_DistrictCode"]);
            await using var job = Command(connection, tx, "ShipSyncJobs", ["ShopId", "Tid", "CompanyCode", "TrackingNo", "Status", "Attempts", "NextAttemptAtUtc",
                "LastError", "CreatedAtUtc", "SucceededAtUtc", "Version"]);
            await using var line = Command(connection, tx, "SalesLines", ["ShipmentId", "OrderId", "ShopId", "WarehouseId", "Tid", "SkuId", "MerchantCode", "Title",
                "IsGift", "Quantity", "Price", "Discount", "Amount", "Cost", "Freight", "PostFee", "GrossProfit", "ApprovedAtUtc", "ShippedAtUtc"]);
            for (var i = start; i < Math.Min(size, start + Batch); i++)
            {
                var created = now - spacing * (size - 1 - i);
                var age = now - created;
                var shop = world.ShopIds[i % Shops];
                var warehouse = world.WarehouseIds[i % 2];
                var roll = random.NextDouble();
                var status = age > TimeSpan.FromDays(2) ? (roll < 0.02 ? OrderStatus.Cancelled : OrderStatus.Shipped)
                    : age < TimeSpan.FromHours(4) ? roll switch { < 0.6 => OrderStatus.PendingReview, < 0.8 => OrderStatus.Approved, < 0.95 => OrderStatus.Printed, _ => OrderStatus.Inspected }
                    : age < TimeSpan.FromDays(1) ? roll switch { < 0.1 => OrderStatus.PendingReview, < 0.15 => OrderStatus.Approved, < 0.2 => OrderStatus.Printed, < 0.25 => OrderStatus.Inspected, _ => OrderStatus.Shipped }
                    : roll < 0.03 ? OrderStatus.PendingReview : OrderStatus.Shipped;
                var pending = status == OrderStatus.PendingReview;
                var flags = pending && random.NextDouble() < 0.08 ? (random.Next(3) switch { 0 => OrderFlags.OutOfStock, 1 => OrderFlags.RefundRequested, _ => OrderFlags.ManualHold }) : OrderFlags.None;
                var sku = world.Skus[pending && random.NextDouble() < 0.1 ? random.Next(10) : random.Next(SkuCount)];
                var findings = pending && sku.Id <= world.Skus[9].Id ? ReviewFinding.OutOfStock : ReviewFinding.None;
                var quantity = 1 + random.Next(3);
                var payment = 30m * quantity;
                var stages = status switch { OrderStatus.Shipped => 4, OrderStatus.Inspected => 3, OrderStatus.Printed => 2, OrderStatus.Approved => 1, _ => 0 };
                var clerk = Clerks[i % 2];
                var keeper = Clerks[2 + i % 2];
                DateTime? At(int stage) => stages >= stage ? created + TimeSpan.FromMinutes(30 * stage) : null;
                var manual = i % 20 == 0;
                var linesJson = $"[{{\"Tid\":{(manual ? 0 : i + 1)},\"Oid\":1,\"MerchantCode\":\"{sku.Code}\",\"Title\":\"压测货品\",\"SkuProperties\":null,\"Quantity\":{quantity},\"Price\":30,\"Payment\":{payment.ToString(CultureInfo.InvariantCulture)},\"SkuId\":{sku.Id},\"IsGift\":false}}]";
                object?[] values =
                [
                    shop, manual ? null : i + 1, ChinaDay.ToChina(created), "buyer" + i, status.ToString(), (int)flags, (int)findings, 0,
                    payment, 0m, 0m, payment, manual ? null : ChinaDay.ToChina(created) - TimeSpan.FromMinutes(2), created, 0, "收货人" + i, "|" + sku.Code + "|", 0,
                    pending && random.NextDouble() < 0.01 ? 1 : 0,
                    world.CourierId, warehouse, At(1), stages >= 1 ? clerk : null, stages >= 2 ? "ZT" + i : null, At(2), At(3), stages >= 3 ? keeper : null,
                    At(4), stages >= 4 ? keeper : null, stages >= 4 ? 0.8m : null, stages >= 4 ? 7m : null, 1, linesJson, "[]", "[]",
                    "收货人" + i, "13800138000", path.Province.Name, path.City!.Name, path.District!.Name, "新华路 " + i + " 号", path.Province.Code, path.City.Code, path.District.Code,
                ];
                await RunAsync(order, values);
                var id = i + 1L; // the table was empty: ids follow the insert order

                Tally(created, Station.Created, shop, "system");
                if (At(1) is { } approvedAt) Tally(approvedAt, Station.Approved, shop, clerk);
                if (At(2) is { } printedAt) Tally(printedAt, Station.Printed, shop, keeper);
                if (At(3) is { } inspectedAt) Tally(inspectedAt, Station.Inspected, shop, keeper);
                if (status == OrderStatus.Shipped)
                {
                    shipped++;
                    var shippedAt = At(4)!.Value;
                    var cost = sku.Cost * quantity;
                    var profit = payment - cost - 7m;
                    Tally(shippedAt, Station.Shipped, shop, keeper, StationTally.Fen(payment), StationTally.Fen(profit));
                    var failed = random.NextDouble() < 0.0005;
                    await RunAsync(job, [shop, i + 1, "ZTO", "ZT" + i, failed ? "Failed" : "Succeeded", 1, shippedAt, failed ? "trade closed" : null, shippedAt,
                        failed ? null : shippedAt, 1]);
                    await RunAsync(line, [id, id, shop, warehouse, manual ? null : i + 1, sku.Id, sku.Code, "压测货品", 0, quantity, 30m, 0m, payment, cost, 7m, 0m,
                        profit, At(1), shippedAt]);
                }
                else if (status != OrderStatus.Cancelled) open++;
            }
            await tx.CommitAsync();
        }
        await using (var tx = (SqliteTransaction)await connection.BeginTransactionAsync())
        {
            await using var tally = Command(connection, tx, "StationTallies", ["HourChina", "Station", "ShopId", "Clerk", "Count", "SalesFen", "ProfitFen"]);
            foreach (var ((hour, station, shop, clerk), (count, sales, profit)) in tallies)
                await RunAsync(tally, [hour, station.ToString(), shop, clerk, count, sales, profit]);
            await tx.CommitAsync();
        }
        foreach (var index in indexes) await ExecAsync(connection, index.Sql);
        return $"{size:N0} orders ({open:N0} open, {shipped:N0} shipped with their ship-sync jobs and sales lines), {tallies.Count:N0} tally rows";
    }

    /// <summary>New orders through the use cases as the app would make them (20 every 50 ms), half of them approved right away.</summary>
    private static async Task<(int Orders, int Approved, double Seconds)> WriteAsync(InProcessErp erp, World world, CancellationToken stop)
    {
        var path = RegionDirectory.China.Resolve("湖北", "武汉", "江汉区").Value!;
        var clock = Stopwatch.StartNew();
        int created = 0, approved = 0, n = 0;
        while (!stop.IsCancellationRequested)
        {
            var ids = new List<long>();
            await using (var scope = erp.Scope("reviewer"))
            {
                await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
                var orders = Enumerable.Range(0, 20).Select(_ =>
                {
                    n++;
                    var sku = world.Skus[10 + n % (SkuCount - 10)];
                    var receiver = new Receiver("收货人" + n, "13800138000", path.Province.Name, path.City!.Name, path.District!.Name, "新华路 " + n + " 号", null,
                        path.Province.Code, path.City.Code, path.District.Code);
                    var order = Order.Manual(world.ShopIds[n % Shops], "writer" + n, receiver,
                        [new OrderLine(0, 1, sku.Code, "压测货品", null, 1, 30m, 30m, sku.Id, false)], 0m, null, null, DateTime.UtcNow);
                    order.Assign(world.CourierId, world.WarehouseIds[n % 2], warehouseIsRemoteBucket: false);
                    return order;
                }).ToList();
                db.AddRange(orders);
                await db.SaveChangesAsync(CancellationToken.None);
                ids.AddRange(orders.Select(o => o.Id));
                created += orders.Count;
                var outcomes = await scope.ServiceProvider.GetRequiredService<ApproveOrders>().HandleAsync(ids.Take(10).Select(id => new ApproveRequest(id)).ToList());
                approved += outcomes.Count(o => o.Approved);
            }
            try { await Task.Delay(50, stop); } catch (OperationCanceledException) { }
        }
        return (created, approved, clock.Elapsed.TotalSeconds);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"INSERT INTO {table} ({string.Join(",", columns)}) VALUES ({string.Join(",", columns.Select((_, i) => "$p" + i))})";
        for (var i = 0; i < columns.Length; i++) command.Parameters.Add(new SqliteParameter("$p" + i, null));
        command.Prepare();
        return command;
    }

    private static async Task RunAsync(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task ExecAsync(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
