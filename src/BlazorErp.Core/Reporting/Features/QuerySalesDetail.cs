using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace BlazorErp.Core.Reporting.Features;

/// <summary>统计时间点: which moment places a line in the date range.</summary>
public enum SalesTimeBasis { Approved, Shipped }

/// <summary>China dates, both inclusive; no warehouse or shop means all of them.</summary>
public sealed record SalesDetailQuery(DateOnly From, DateOnly To, SalesTimeBasis Basis, IReadOnlyList<long>? WarehouseIds = null,
    IReadOnlyList<long>? ShopIds = null, int Page = 0, int PageSize = 100);

public sealed record SalesDetailRow(long Id, string Shop, string Warehouse, long OrderId, long? Tid, DateTime ApprovedAtChina, DateTime ShippedAtChina,
    string? MerchantCode, string Title, string? Spec, bool IsGift, bool IsReversal, int Quantity, decimal Price, decimal Discount, decimal Amount,
    decimal Cost, decimal Freight, decimal PostFee, decimal GrossProfit);

public sealed record SalesDetailTotals(int Lines, int Quantity, decimal Discount, decimal Amount, decimal Cost, decimal Freight, decimal PostFee, decimal GrossProfit)
{
    public static readonly SalesDetailTotals None = new(0, 0, 0, 0, 0, 0, 0, 0);
}

public sealed record SalesDetailPage(IReadOnlyList<SalesDetailRow> Rows, SalesDetailTotals Totals);

/// <summary>
/// 销售明细账 (the manual's §九 daily routine): the shipped lines of the chosen warehouses and shops whose review
/// time (审核时间) or ship time (发货时间) falls in the dates, with totals — on screen page by page, and as an XLSX of
/// exactly the same lines. Reversals are lines of their own with negative figures (see <see cref="SalesLine"/>), so the
/// totals are what was really sold.
/// </summary>
public sealed class QuerySalesDetail(IDbContextFactory<ErpDbContext> contexts)
{
    public const int MaxPageSize = 500;

    public async Task<SalesDetailPage> HandleAsync(SalesDetailQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lines = Filter(db, query);
        var totals = await TotalsAsync(lines, cancellationToken);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = await Ordered(lines, query.Basis).Skip(Math.Max(query.Page, 0) * size).Take(size).ToListAsync(cancellationToken);
        return new SalesDetailPage(await RowsAsync(db, page, cancellationToken), totals);
    }

    /// <summary>The XLSX of the same lines (all pages) with the totals as the last row; the sheet headers are those of the screen.</summary>
    public async Task<byte[]> ExportAsync(SalesDetailQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lines = Filter(db, query);
        var rows = await RowsAsync(db, await Ordered(lines, query.Basis).ToListAsync(cancellationToken), cancellationToken);
        var totals = Sum(rows);
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            [Sheet.Shop] = r.Shop, [Sheet.Warehouse] = r.Warehouse, [Sheet.OrderNo] = r.OrderId, [Sheet.Tid] = r.Tid?.ToString(),
            [Sheet.ApprovedAt] = r.ApprovedAtChina, [Sheet.ShippedAt] = r.ShippedAtChina, [Sheet.MerchantCode] = r.MerchantCode,
            [Sheet.Title] = r.Title, [Sheet.Spec] = r.Spec, [Sheet.Kind] = r.IsReversal ? "冲销" : r.IsGift ? "赠品" : null,
            [Sheet.Quantity] = r.Quantity, [Sheet.Price] = r.Price, [Sheet.Discount] = r.Discount, [Sheet.Amount] = r.Amount, [Sheet.Cost] = r.Cost,
            [Sheet.Freight] = r.Freight, [Sheet.PostFee] = r.PostFee, [Sheet.GrossProfit] = r.GrossProfit,
        }).ToList();
        sheet.Add(new Dictionary<string, object?>
        {
            [Sheet.Shop] = "合计", [Sheet.Warehouse] = null, [Sheet.OrderNo] = null, [Sheet.Tid] = null, [Sheet.ApprovedAt] = null, [Sheet.ShippedAt] = null,
            [Sheet.MerchantCode] = null, [Sheet.Title] = $"{totals.Lines} 行", [Sheet.Spec] = null, [Sheet.Kind] = null, [Sheet.Quantity] = totals.Quantity,
            [Sheet.Price] = null, [Sheet.Discount] = totals.Discount, [Sheet.Amount] = totals.Amount, [Sheet.Cost] = totals.Cost, [Sheet.Freight] = totals.Freight,
            [Sheet.PostFee] = totals.PostFee, [Sheet.GrossProfit] = totals.GrossProfit,
        });
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    /// <summary>The column headers of the export, as the screen names them.</summary>
    public static class Sheet
    {
        public const string Shop = "店铺", Warehouse = "仓库", OrderNo = "订单号", Tid = "平台单号", ApprovedAt = "审核时间", ShippedAt = "发货时间",
            MerchantCode = "商家编码", Title = "货品名称", Spec = "规格", Kind = "类型", Quantity = "数量", Price = "单价", Discount = "优惠",
            Amount = "金额", Cost = "成本", Freight = "快递费", PostFee = "买家运费", GrossProfit = "毛利";
    }

    public static SalesDetailTotals Sum(IReadOnlyCollection<SalesDetailRow> rows) => new(rows.Count, rows.Sum(r => r.Quantity), rows.Sum(r => r.Discount),
        rows.Sum(r => r.Amount), rows.Sum(r => r.Cost), rows.Sum(r => r.Freight), rows.Sum(r => r.PostFee), rows.Sum(r => r.GrossProfit));

    private static IQueryable<SalesLine> Filter(ErpDbContext db, SalesDetailQuery query)
    {
        var (from, to) = (ChinaDay.StartUtc(query.From), ChinaDay.StartUtc(query.To.AddDays(1)));
        var lines = db.Set<SalesLine>().AsNoTracking();
        lines = query.Basis == SalesTimeBasis.Approved
            ? lines.Where(l => l.ApprovedAtUtc >= from && l.ApprovedAtUtc < to)
            : lines.Where(l => l.ShippedAtUtc >= from && l.ShippedAtUtc < to);
        if (query.WarehouseIds is { Count: > 0 } warehouses) lines = lines.Where(l => warehouses.Contains(l.WarehouseId));
        if (query.ShopIds is { Count: > 0 } shops) lines = lines.Where(l => shops.Contains(l.ShopId));
        return lines;
    }

    private static IQueryable<SalesLine> Ordered(IQueryable<SalesLine> lines, SalesTimeBasis basis) =>
        basis == SalesTimeBasis.Approved ? lines.OrderBy(l => l.ApprovedAtUtc).ThenBy(l => l.Id) : lines.OrderBy(l => l.ShippedAtUtc).ThenBy(l => l.Id);

    private static async Task<SalesDetailTotals> TotalsAsync(IQueryable<SalesLine> lines, CancellationToken cancellationToken) =>
        await lines.GroupBy(_ => 1).Select(g => new SalesDetailTotals(g.Count(), g.Sum(l => l.Quantity), g.Sum(l => l.Discount), g.Sum(l => l.Amount),
            g.Sum(l => l.Cost), g.Sum(l => l.Freight), g.Sum(l => l.PostFee), g.Sum(l => l.GrossProfit))).SingleOrDefaultAsync(cancellationToken)
        ?? SalesDetailTotals.None;

    private static async Task<List<SalesDetailRow>> RowsAsync(ErpDbContext db, List<SalesLine> lines, CancellationToken cancellationToken)
    {
        var shops = await db.Set<Shop>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var warehouses = await db.Set<Warehouse>().AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
        return lines.Select(l => new SalesDetailRow(l.Id, shops.GetValueOrDefault(l.ShopId) ?? "", warehouses.GetValueOrDefault(l.WarehouseId) ?? "",
            l.OrderId, l.Tid, ChinaDay.ToChina(l.ApprovedAtUtc), ChinaDay.ToChina(l.ShippedAtUtc), l.MerchantCode, l.Title, l.Spec, l.IsGift,
            l.ReversalOfId is not null, l.Quantity, l.Price, l.Discount, l.Amount, l.Cost, l.Freight, l.PostFee, l.GrossProfit)).ToList();
    }
}
