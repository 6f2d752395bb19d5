using System.Text;
using BlazorErp.Core.Common;
using BlazorErp.Core.Finance;
using BlazorErp.Core.Finance.Features;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Review.Features;
using BlazorErp.Core.Shipping.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace BlazorErp.IntegrationTests.Finance;

/// <summary>
/// A merchant for finance tests: <see cref="ReviewWorld"/>'s shop, courier and stock, a warehouse that ships straight from
/// print, platform orders with trade numbers shipped through the real use cases, and statement files written as
/// platforms and couriers write them.
/// </summary>
public sealed class FinanceWorld
{
    private static long _nextTid = 7_100_000_000_000;
    private static int _nextTracking;

    public required ReviewWorld World { get; init; }
    public long ShopId => World.ShopId;
    public long CourierId => World.CourierId;

    public static async Task<FinanceWorld> CreateAsync(ErpFactory app, string prefix)
    {
        var world = await ReviewWorld.CreateAsync(app, prefix, new Dictionary<string, int> { [prefix + "-A"] = 10_000, [prefix + "-B"] = 10_000 });
        await using var db = await app.DbAsync();
        var warehouse = await db.Set<Core.MasterData.Warehouse>().SingleAsync(w => w.Id == world.WarehouseId);
        warehouse.SetDirectShip(true);
        await db.SaveChangesAsync();
        return new FinanceWorld { World = world };
    }

    public string CodeA => World.Skus.Keys.First();

    public static long NewTid() => Interlocked.Increment(ref _nextTid);

    /// <summary>Platform orders (one trade each, one line of 2 × 30 元 plus 5 元 post fee = 65 元), approved and printed, not yet shipped.</summary>
    public async Task<List<(long OrderId, long Tid, string TrackingNo)>> PrintedAsync(ErpFactory app, int count, bool cashOnDelivery = false, decimal price = 30m)
    {
        var orders = new List<Order>();
        await using (var db = await app.DbAsync())
        {
            for (var i = 0; i < count; i++)
            {
                var tid = NewTid();
                var line = new PlatformLine(tid * 10, CodeA, "货品 " + CodeA, null, 2, price, 2 * price, false);
                var trade = new PlatformTrade(tid, "WAIT_SELLER_SEND_GOODS", DateTime.UtcNow.AddHours(8), DateTime.UtcNow.AddHours(8), "buyer" + tid, null, null,
                    ReviewWorld.Receiver(name: "收货人" + i), 2 * price + 5, 5, 0, 2 * price + 5, [line], cashOnDelivery);
                var order = Order.FromPlatform(ShopId, trade, code => World.Skus.GetValueOrDefault(code), DateTime.UtcNow);
                order.Assign(World.CourierId, World.WarehouseId, warehouseIsRemoteBucket: false);
                orders.Add(order);
            }
            db.AddRange(orders);
            await db.SaveChangesAsync();
        }
        var ids = orders.Select(o => o.Id).ToList();
        var outcomes = await app.AsUserAsync("reviewer", sp => sp.GetRequiredService<ApproveOrders>().HandleAsync(ids.Select(i => new ApproveRequest(i)).ToList()));
        Assert.All(outcomes, o => Assert.True(o.Approved, o.Error?.ToString()));
        var result = new List<(long, long, string)>();
        await using (var db = await app.DbAsync())
        {
            foreach (var order in await db.Set<Order>().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Id).ToListAsync())
            {
                var tracking = "ZT" + Interlocked.Increment(ref _nextTracking).ToString("0000000000") + Random.Shared.Next(100, 999);
                Assert.True(order.AssignWaybill(1, tracking).Succeeded);
                Assert.True(order.MarkPrinted(DateTime.UtcNow).Succeeded);
                result.Add((order.Id, order.Tid!.Value, tracking));
            }
            await db.SaveChangesAsync();
        }
        return result;
    }

    /// <summary>Printed and shipped at 1.2 kg each: freight 7 元 (5 元 first kg + 2 元 a started kg).</summary>
    public async Task<List<(long OrderId, long Tid, string TrackingNo)>> ShippedAsync(ErpFactory app, int count, bool cashOnDelivery = false, decimal price = 30m)
    {
        var parcels = await PrintedAsync(app, count, cashOnDelivery, price);
        foreach (var (orderId, _, _) in parcels) await ShipAsync(app, orderId);
        return parcels;
    }

    public static async Task ShipAsync(ErpFactory app, long orderId)
    {
        var shipped = await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ShipOrder>().HandleAsync(new ShipRequest(orderId, 1.2m, AcceptWeightWarning: true)));
        Assert.True(shipped.Succeeded, shipped.Error?.ToString());
    }

    public static Task<T> AsFinance<T>(ErpFactory app, Func<IServiceProvider, Task<T>> work) => app.AsUserAsync("finance", work);

    public static async Task<long> MoneyAccountAsync(ErpFactory app, string name, MoneyAccountKind kind = MoneyAccountKind.Platform, decimal opening = 0)
    {
        var saved = await AsFinance(app, sp => sp.GetRequiredService<SaveMoneyAccount>().HandleAsync(new MoneyAccountInput { Name = name, Kind = kind, OpeningBalance = opening }));
        Assert.True(saved.Succeeded, saved.Error?.ToString());
        return saved.Value;
    }

    public static Task<StatementImportResult> ImportAsync(ErpFactory app, StatementKind kind, long partyId, byte[] file, string fileName,
        DateOnly? from = null, DateOnly? to = null) =>
        AsFinance(app, sp => sp.GetRequiredService<ImportStatement>().HandleAsync(new StatementImportInput(kind, partyId, fileName, from, to), new MemoryStream(file)));

    public static async Task<StatementView> ViewAsync(ErpFactory app, long statementId, int days = 0)
    {
        var view = await AsFinance(app, sp => sp.GetRequiredService<ViewStatement>().HandleAsync(statementId, days));
        Assert.True(view.Succeeded, view.Error?.ToString());
        return view.Value!;
    }

    /// <summary>A CSV as a spreadsheet program saves it: header line, rows, CRLF; in the given encoding (GBK for Excel in China).</summary>
    public static byte[] Csv(Encoding encoding, bool bom, params string[] lines)
    {
        var text = string.Join("\r\n", lines) + "\r\n";
        var bytes = encoding.GetBytes(text);
        return bom ? [.. encoding.GetPreamble(), .. bytes] : bytes;
    }

    public static Encoding Gbk => CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    public static byte[] Xlsx(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    public static async Task<(decimal Balance, decimal SumOfLines)> BalanceAsync(ErpFactory app, LedgerAccount account, Party party)
    {
        await using var db = await app.DbAsync();
        var balance = await db.Set<LedgerBalance>().AsNoTracking().SingleOrDefaultAsync(b => b.Account == account && b.PartyKind == party.Kind && b.PartyId == party.Id);
        var lines = await Books.Lines(db).Where(l => l.Account == account && l.PartyKind == party.Kind && l.PartyId == party.Id).ToListAsync();
        return (balance?.Net ?? 0, lines.Sum(l => l.Debit - l.Credit));
    }
}
