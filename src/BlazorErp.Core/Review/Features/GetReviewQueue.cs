using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Review.Features;

/// <summary>The review page's tabs: 待审核, 异常, 超区, 已审核未打印.</summary>
public enum ReviewTab { Pending, Exceptions, RemoteArea, Approved }

public enum ReviewSort { PaidAt, PaidAtDesc, Amount, AmountDesc, Id }

public sealed record ReviewQuery
{
    public ReviewTab Tab { get; init; }
    public long? ShopId { get; init; }
    public long? CourierId { get; init; }
    public long? WarehouseId { get; init; }
    public string? ProvinceCode { get; init; }
    public bool? HasBuyerMessage { get; init; }
    public bool? HasSellerMemo { get; init; }
    public decimal? MinAmount { get; init; }
    public decimal? MaxAmount { get; init; }
    public DateTime? PaidFromChina { get; init; }
    public DateTime? PaidToChina { get; init; }
    public OrderFlags Flag { get; init; }
    public ReviewFinding Finding { get; init; }
    public string? Text { get; init; }
    public ReviewSort Sort { get; init; } = ReviewSort.PaidAt;
    public int Page { get; init; }
    public int PageSize { get; init; } = 50;
}

public sealed record ReviewRow(long Id, long Version, string Tids, string Shop, string BuyerNick, string ReceiverName, string ReceiverMobile,
    string Region, string Goods, decimal Paid, DateTime? PaidAtChina, string? Courier, string? Warehouse, OrderFlags Flags,
    ReviewFinding Findings, ReviewFinding Outstanding, string? BuyerMessage, string? SellerMemo, string? ClaimedBy, OrderStatus Status);

public sealed record ReviewPage(IReadOnlyList<ReviewRow> Rows, int Total, IReadOnlyDictionary<ReviewTab, int> Counts);

/// <summary>订单审核 queue: one tab's page with server-side filters and sort, plus every tab's live count.</summary>
public sealed class GetReviewQueue(IDbContextFactory<ErpDbContext> contexts, TimeProvider clock)
{
    public async Task<ReviewPage> HandleAsync(ReviewQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var filtered = Filter(db.Set<Order>().AsNoTracking(), query);
        var counts = new Dictionary<ReviewTab, int>();
        foreach (var tab in Enum.GetValues<ReviewTab>())
            counts[tab] = await InTab(filtered, tab).CountAsync(cancellationToken);

        var rows = InTab(filtered, query.Tab);
        rows = query.Sort switch
        {
            ReviewSort.PaidAtDesc => rows.OrderByDescending(o => o.PaidAtChina).ThenByDescending(o => o.Id),
            // SQLite cannot ORDER BY a decimal column; a double sorts money correctly.
            ReviewSort.Amount => rows.OrderBy(o => (double)o.Paid).ThenBy(o => o.Id),
            ReviewSort.AmountDesc => rows.OrderByDescending(o => (double)o.Paid).ThenBy(o => o.Id),
            ReviewSort.Id => rows.OrderBy(o => o.Id),
            _ => rows.OrderBy(o => o.PaidAtChina).ThenBy(o => o.Id),
        };
        var size = Math.Clamp(query.PageSize, 1, 500);
        var page = await rows.Skip(Math.Max(0, query.Page) * size).Take(size).ToListAsync(cancellationToken);
        return new ReviewPage(await ToRowsAsync(db, page, cancellationToken), counts[query.Tab], counts);
    }

    /// <summary>The exception queue's groups: how many open orders carry each reason.</summary>
    public async Task<IReadOnlyDictionary<OrderFlags, int>> ExceptionCountsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The open exceptions are few; their flags are counted here rather than with one query per reason.
        var flags = await InTab(db.Set<Order>().AsNoTracking(), ReviewTab.Exceptions).Select(o => o.Flags).ToListAsync(cancellationToken);
        return Enum.GetValues<OrderFlags>().Where(f => f != OrderFlags.None).ToDictionary(f => f, f => flags.Count(x => x.HasFlag(f)));
    }

    /// <summary>One order as its row (for a live update of a single row), or null when it no longer belongs to the tab.</summary>
    public async Task<ReviewRow?> RowAsync(long orderId, ReviewTab tab, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await InTab(db.Set<Order>().AsNoTracking().Where(o => o.Id == orderId), tab).SingleOrDefaultAsync(cancellationToken);
        return order is null ? null : (await ToRowsAsync(db, [order], cancellationToken))[0];
    }

    private async Task<IReadOnlyList<ReviewRow>> ToRowsAsync(ErpDbContext db, List<Order> page, CancellationToken cancellationToken)
    {
        var ids = page.Select(o => o.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = await db.Set<OrderClaim>().AsNoTracking().Where(c => ids.Contains(c.OrderId) && c.ExpiresAtUtc > now)
            .ToDictionaryAsync(c => c.OrderId, c => c.HolderName, cancellationToken);
        var shops = await db.Set<Shop>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var couriers = await db.Set<Courier>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var warehouses = await db.Set<Warehouse>().AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
        return page.Select(o => new ReviewRow(o.Id, o.Version, string.Join(",", o.Sources.Select(s => s.Tid)), shops.GetValueOrDefault(o.ShopId, ""),
            o.BuyerNick, o.Receiver.Name, o.Receiver.Mobile, $"{o.Receiver.State}{o.Receiver.City}{o.Receiver.District}",
            string.Join("；", o.Lines.Select(l => $"{(string.IsNullOrEmpty(l.MerchantCode) ? l.Title : l.MerchantCode)}×{l.Quantity}")), o.Paid, o.PaidAtChina,
            o.CourierId is { } c ? couriers.GetValueOrDefault(c) : null, o.WarehouseId is { } w ? warehouses.GetValueOrDefault(w) : null,
            o.Flags, o.Findings, o.Outstanding, o.BuyerMessage, o.SellerMemo, claims.GetValueOrDefault(o.Id), o.Status)).ToList();
    }

    private static IQueryable<Order> InTab(IQueryable<Order> orders, ReviewTab tab) => tab switch
    {
        ReviewTab.Pending => orders.Where(o => o.Status == OrderStatus.PendingReview && o.Flags == OrderFlags.None && !o.InRemoteArea),
        ReviewTab.Exceptions => orders.Where(o => o.Flags != OrderFlags.None
            && (o.Status == OrderStatus.PendingReview || o.Status == OrderStatus.Approved || o.Status == OrderStatus.Printed || o.Status == OrderStatus.Inspected)),
        ReviewTab.RemoteArea => orders.Where(o => o.Status == OrderStatus.PendingReview && o.Flags == OrderFlags.None && o.InRemoteArea),
        _ => orders.Where(o => o.Status == OrderStatus.Approved && o.Flags == OrderFlags.None),
    };

    private static IQueryable<Order> Filter(IQueryable<Order> orders, ReviewQuery q)
    {
        if (q.ShopId is { } shop) orders = orders.Where(o => o.ShopId == shop);
        if (q.CourierId is { } courier) orders = orders.Where(o => o.CourierId == courier);
        if (q.WarehouseId is { } warehouse) orders = orders.Where(o => o.WarehouseId == warehouse);
        if (!string.IsNullOrEmpty(q.ProvinceCode)) orders = orders.Where(o => o.Receiver.ProvinceCode == q.ProvinceCode);
        if (q.HasBuyerMessage is { } message) orders = orders.Where(o => (o.BuyerMessage != null) == message);
        if (q.HasSellerMemo is { } memo) orders = orders.Where(o => (o.SellerMemo != null) == memo);
        if (q.MinAmount is { } min) orders = orders.Where(o => o.Paid >= min);
        if (q.MaxAmount is { } max) orders = orders.Where(o => o.Paid <= max);
        if (q.PaidFromChina is { } from) orders = orders.Where(o => o.PaidAtChina >= from);
        if (q.PaidToChina is { } to) orders = orders.Where(o => o.PaidAtChina < to);
        if (q.Flag != OrderFlags.None) orders = orders.Where(o => (o.Flags & q.Flag) != 0);
        if (q.Finding != ReviewFinding.None) orders = orders.Where(o => (o.Findings & q.Finding) != 0);
        if (!string.IsNullOrWhiteSpace(q.Text))
        {
            var text = q.Text.Trim();
            var number = long.TryParse(text, out var n) ? n : -1;
            orders = orders.Where(o => o.Tid == number || o.Id == number || o.BuyerNick.Contains(text) || o.Receiver.Name.Contains(text)
                || o.Receiver.Mobile.Contains(text));
        }
        return orders;
    }
}
