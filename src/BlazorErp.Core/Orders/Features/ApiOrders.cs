using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Orders.Features;

public sealed record ApiOrderLine(long Tid, long Oid, string? MerchantCode, string Title, string? Spec, int Quantity, decimal Price, decimal Payment,
    bool Matched, bool IsGift);

public sealed record ApiOrder(long Id, long ShopId, long? Tid, IReadOnlyList<long> Tids, string Status, IReadOnlyList<string> Flags, string BuyerNick,
    string ReceiverName, string ReceiverMobile, string ReceiverState, string ReceiverCity, string ReceiverDistrict, string ReceiverAddress,
    decimal GoodsTotal, decimal PostFee, decimal Discount, decimal Paid, DateTime? PaidAtChina, long? MergedIntoOrderId,
    IReadOnlyList<ApiOrderLine> Lines);

public sealed record ApiOrderPage(int Page, int PageSize, int Total, IReadOnlyList<ApiOrder> Orders);

/// <summary>Orders for the open API (旺店通-style): stable English field names, enums as strings.</summary>
public sealed class ApiOrders(IDbContextFactory<ErpDbContext> contexts)
{
    public const int MaxPageSize = 200;

    public async Task<ApiOrderPage> ListAsync(OrderStatus? status, long? shopId, long? tid, DateTime? modifiedSinceUtc, int page, int pageSize)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var orders = db.Set<Order>().AsNoTracking();
        if (status is { } s) orders = orders.Where(o => o.Status == s);
        if (shopId is { } shop) orders = orders.Where(o => o.ShopId == shop);
        if (tid is { } t) orders = orders.Where(o => o.Tid == t);
        if (modifiedSinceUtc is { } since)
        {
            // "Modified" is read from the audit log, the one place every change is recorded with its time.
            var changed = db.AuditEntries.Where(a => a.EntityType == nameof(Order) && a.AtUtc >= since).Select(a => a.EntityKey);
            orders = orders.Where(o => changed.Contains(o.Id.ToString()));
        }
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var number = Math.Max(1, page);
        var total = await orders.CountAsync();
        var rows = await orders.OrderByDescending(o => o.Id).Skip((number - 1) * size).Take(size).ToListAsync();
        return new ApiOrderPage(number, size, total, rows.Select(ToApi).ToList());
    }

    public async Task<ApiOrder?> GetAsync(long id)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Set<Order>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == id) is { } order ? ToApi(order) : null;
    }

    private static ApiOrder ToApi(Order o) => new(o.Id, o.ShopId, o.Tid, o.Sources.Select(s => s.Tid).ToList(), o.Status.ToString(),
        Enum.GetValues<OrderFlags>().Where(f => f != OrderFlags.None && o.Flags.HasFlag(f)).Select(f => f.ToString()).ToList(),
        o.BuyerNick, o.Receiver.Name, o.Receiver.Mobile, o.Receiver.State, o.Receiver.City, o.Receiver.District, o.Receiver.Address,
        o.GoodsTotal, o.PostFee, o.Discount, o.Paid, o.PaidAtChina, o.MergedIntoOrderId,
        o.Lines.Select(l => new ApiOrderLine(l.Tid, l.Oid, l.MerchantCode, l.Title, l.SkuProperties, l.Quantity, l.Price, l.Payment, l.SkuId is not null, l.IsGift)).ToList());
}
