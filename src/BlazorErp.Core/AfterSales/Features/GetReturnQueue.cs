using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.AfterSales.Features;

public sealed record ReturnQueueQuery(CaseStatus Status, long? ShopId = null, string? Reason = null, int? MinAgeDays = null, string? Text = null,
    int Page = 0, int PageSize = 50);

public sealed record CaseRow(long Id, long Version, string No, CaseType Type, CaseStatus Status, string? Shop, long? OrderId, long? Tid, string BuyerNick,
    string ReceiverMobile, string Reason, string? ReturnTrackingNo, string? ReturnCourier, int Items, decimal RefundAmount, string? PlatformRefundStatus,
    bool IsBlind, long? NewOrderId, DateTime CreatedAtUtc, string CreatedBy, DateTime? ReceivedAtUtc);

public sealed record ReturnQueuePage(IReadOnlyList<CaseRow> Rows, int Total, IReadOnlyDictionary<CaseStatus, int> Counts);

/// <summary>
/// A case with its warehouses' names, for the detail panel and the receiving desk; per SKU of its lines, the codes a scanner may
/// read off the goods (merchant code and barcodes).
/// </summary>
public sealed record CaseDetail(AfterSalesCase Case, string? Shop, string? ReturnWarehouse, string? OutgoingWarehouse,
    IReadOnlyDictionary<long, IReadOnlyList<string>> Codes);

/// <summary>
/// 退换管理: cases by state (counts per tab), filtered by shop, reason and age (days since registration), or found by case
/// number, tracking number, tid, buyer nick or phone; oldest first in the open tabs (they wait longest), newest first after.
/// </summary>
public sealed class GetReturnQueue(IDbContextFactory<ErpDbContext> contexts, TimeProvider clock)
{
    public async Task<ReturnQueuePage> HandleAsync(ReturnQueueQuery query)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var cases = db.Set<AfterSalesCase>().AsNoTracking();
        if (query.ShopId is { } shopId) cases = cases.Where(c => c.ShopId == shopId);
        if (!string.IsNullOrEmpty(query.Reason)) cases = cases.Where(c => c.Reason == query.Reason);
        if (query.MinAgeDays is > 0)
        {
            var before = clock.GetUtcNow().UtcDateTime.AddDays(-query.MinAgeDays.Value);
            cases = cases.Where(c => c.CreatedAtUtc <= before);
        }
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            var tracking = AfterSalesCase.NormalizeTracking(text);
            var id = text.StartsWith("SH", StringComparison.OrdinalIgnoreCase) && long.TryParse(text[2..], out var no) ? no : -1;
            var number = long.TryParse(text, out var n) ? n : -1;
            cases = cases.Where(c => c.Id == id || c.ReturnTrackingNo == tracking || c.Tid == number || c.OrderId == number
                || c.BuyerNick.Contains(text) || c.ReceiverMobile.Contains(text));
        }
        var counts = (await cases.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
            .ToDictionary(x => x.Key, x => x.Count);
        var inTab = cases.Where(c => c.Status == query.Status);
        var ordered = query.Status is CaseStatus.AwaitingReturn or CaseStatus.ReceivedAwaitingQc
            ? inTab.OrderBy(c => c.CreatedAtUtc).ThenBy(c => c.Id) : inTab.OrderByDescending(c => c.Id);
        var size = Math.Clamp(query.PageSize, 1, 200);
        var page = await ordered.Skip(Math.Max(0, query.Page) * size).Take(size).ToListAsync();
        var shops = await ShopNamesAsync(db);
        return new ReturnQueuePage(page.Select(c => RowOf(c, shops)).ToList(), counts.GetValueOrDefault(query.Status), counts);
    }

    /// <summary>One row, for a live update of the queue.</summary>
    public async Task<CaseRow?> RowAsync(long caseId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var @case = await db.Set<AfterSalesCase>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId);
        return @case is null ? null : RowOf(@case, await ShopNamesAsync(db));
    }

    public async Task<CaseDetail?> DetailAsync(long caseId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<AfterSalesCase>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId) is not { } @case) return null;
        var warehouses = await db.Set<Warehouse>().AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Name);
        var shops = await ShopNamesAsync(db);
        var skuIds = @case.Lines.Select(l => l.SkuId).ToList();
        var codes = (await db.Set<Sku>().AsNoTracking().Where(s => skuIds.Contains(s.Id)).ToListAsync())
            .ToDictionary(s => s.Id, s => (IReadOnlyList<string>)[s.MerchantCode, .. s.Barcodes.Select(b => b.Code)]);
        return new CaseDetail(@case, @case.ShopId is { } s ? shops.GetValueOrDefault(s) : null,
            @case.ReturnWarehouseId is { } r ? warehouses.GetValueOrDefault(r) : null,
            @case.OutgoingWarehouseId is { } o ? warehouses.GetValueOrDefault(o) : null, codes);
    }

    private static Task<Dictionary<long, string>> ShopNamesAsync(ErpDbContext db) => db.Set<Shop>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name);

    private static CaseRow RowOf(AfterSalesCase c, Dictionary<long, string> shops) => new(c.Id, c.Version, c.No, c.Type, c.Status,
        c.ShopId is { } s ? shops.GetValueOrDefault(s) : null, c.OrderId, c.Tid, c.BuyerNick, c.ReceiverMobile, c.Reason, c.ReturnTrackingNo, c.ReturnCourier,
        c.Lines.Sum(l => c.ComesBack ? (c.Status == CaseStatus.Completed ? l.Received : l.Expected) : l.Expected), c.RefundAmount,
        c.PlatformRefundStatus, c.IsBlind, c.NewOrderId, c.CreatedAtUtc, c.CreatedBy, c.ReceivedAtUtc);
}
