using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Platforms;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Orders.Features;

public sealed record OrderQuery(string? Text, OrderStatus? Status, long? ShopId, bool ExceptionsOnly = false, int Page = 0, int PageSize = 50);

public sealed record OrderRow(long Id, string Shop, string Tids, string BuyerNick, string ReceiverName, string ReceiverMobile, string Region,
    OrderStatus Status, OrderFlags Flags, int Lines, decimal Paid, DateTime? PaidAtChina, long? MergedIntoOrderId);

public sealed record OrderPage(IReadOnlyList<OrderRow> Rows, int Total);

public sealed record OrderDetail(Order Order, string Shop, IReadOnlyList<(long Tid, string Json)> RawTrades, IReadOnlyList<long> MergedOrderIds);

/// <summary>订单查询: by tid, external number, buyer nick, receiver name or phone, merchant code; by status and shop; newest first.</summary>
public sealed class SearchOrders(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<OrderPage> HandleAsync(OrderQuery query)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var orders = db.Set<Order>().AsNoTracking();
        if (query.Status is { } status) orders = orders.Where(o => o.Status == status);
        if (query.ShopId is { } shopId) orders = orders.Where(o => o.ShopId == shopId);
        if (query.ExceptionsOnly) orders = orders.Where(o => o.Flags != OrderFlags.None);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            var tid = long.TryParse(text, out var number) ? number : -1;
            var merged = db.Set<Order>().Where(m => m.Tid == tid).Select(m => m.MergedIntoOrderId);
            orders = orders.Where(o => o.Tid == tid || merged.Contains(o.Id) || o.Id == tid || o.ExternalNo == text || o.BuyerNick.Contains(text)
                || o.Receiver.Name.Contains(text) || o.Receiver.Mobile.Contains(text) || o.MerchantCodes.Contains("|" + text + "|"));
        }
        var total = await orders.CountAsync();
        var size = Math.Clamp(query.PageSize, 1, 200);
        var page = await orders.OrderByDescending(o => o.Id).Skip(Math.Max(0, query.Page) * size).Take(size)
            .Join(db.Set<Shop>(), o => o.ShopId, s => s.Id, (o, s) => new { o, s.Name }).ToListAsync();
        return new OrderPage(page.Select(x => new OrderRow(x.o.Id, x.Name, string.Join(",", x.o.Sources.Select(s => s.Tid)), x.o.BuyerNick,
            x.o.Receiver.Name, x.o.Receiver.Mobile, $"{x.o.Receiver.State}{x.o.Receiver.City}{x.o.Receiver.District}", x.o.Status, x.o.Flags,
            x.o.Lines.Count, x.o.Paid, x.o.PaidAtChina, x.o.MergedIntoOrderId)).ToList(), total);
    }

    public async Task<OrderDetail?> DetailAsync(long orderId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<Order>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId) is not { } order) return null;
        var shop = await db.Set<Shop>().Where(s => s.Id == order.ShopId).Select(s => s.Name).SingleAsync();
        var tids = order.Sources.Select(s => s.Tid).ToList();
        var raw = await db.Set<RawTrade>().AsNoTracking().Where(r => r.ShopId == order.ShopId && tids.Contains(r.Tid))
            .Select(r => new { r.Tid, r.Json }).ToListAsync();
        var merged = await db.Set<Order>().Where(o => o.MergedIntoOrderId == orderId).Select(o => o.Id).ToListAsync();
        return new OrderDetail(order, shop, raw.Select(r => (r.Tid, r.Json)).ToList(), merged);
    }
}
