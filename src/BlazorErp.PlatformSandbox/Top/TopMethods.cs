using System.Text.Json.Nodes;
using BlazorErp.PlatformSandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.PlatformSandbox.Top;

/// <summary>The TOP methods the product uses, with TOP's parameter rules, field names and enumerations.</summary>
public sealed class TopMethods(TopRouter router)
{
    private static readonly string[] Couriers = ["ZTO", "YTO", "STO", "YUNDA", "SF", "EMS", "POST", "HTKY", "JTSD", "JD"];

    public IReadOnlyDictionary<string, Func<TopRequest, Task<JsonObject>>> All => new Dictionary<string, Func<TopRequest, Task<JsonObject>>>
    {
        ["taobao.trades.sold.increment.get"] = TradesIncrementAsync,
        ["taobao.trade.fullinfo.get"] = TradeFullInfoAsync,
        ["taobao.refunds.receive.get"] = RefundsAsync,
        ["taobao.logistics.offline.send"] = OfflineSendAsync,
        ["taobao.items.onsale.get"] = ItemsOnSaleAsync,
        ["taobao.item.quantity.update"] = QuantityUpdateAsync,
    };

    /// <summary>Trades modified in [start_modified, end_modified] (at most one day), oldest first, paged.</summary>
    private async Task<JsonObject> TradesIncrementAsync(TopRequest r)
    {
        r.Required("fields");
        var (start, end) = Window(r);
        var trades = r.Db.Trades.AsNoTracking().Where(t => t.SellerNick == r.Shop.SellerNick && t.Modified >= start && t.Modified <= end);
        return await PageAsync(r, trades.OrderBy(t => t.Modified).ThenBy(t => t.Tid).Select(t => t.Json), "trades", "trade");
    }

    private async Task<JsonObject> TradeFullInfoAsync(TopRequest r)
    {
        r.Required("fields");
        var tid = r.RequiredLong("tid");
        var trade = await r.Db.Trades.AsNoTracking().SingleOrDefaultAsync(t => t.Tid == tid && t.SellerNick == r.Shop.SellerNick)
                    ?? throw new TopException(TopError.Business("isv.trade-not-exist", "交易不存在"));
        return new JsonObject { ["trade"] = JsonNode.Parse(trade.Json) };
    }

    private async Task<JsonObject> RefundsAsync(TopRequest r)
    {
        r.Required("fields");
        var (start, end) = Window(r);
        var refunds = r.Db.Refunds.AsNoTracking().Where(x => x.SellerNick == r.Shop.SellerNick && x.Modified >= start && x.Modified <= end);
        return await PageAsync(r, refunds.OrderBy(x => x.Modified).ThenBy(x => x.RefundId).Select(x => x.Json), "refunds", "refund");
    }

    /// <summary>
    /// 发货: marks the trade (or, with is_split=1, the listed sub-orders) shipped with the courier and number.
    /// Sending the same number again is refused as already shipped, like TOP; the caller treats that as done.
    /// </summary>
    private async Task<JsonObject> OfflineSendAsync(TopRequest r)
    {
        var tid = r.RequiredLong("tid");
        var outSid = r.Required("out_sid");
        var company = r.Required("company_code").ToUpperInvariant();
        if (!Couriers.Contains(company)) throw new TopException(TopError.Invalid("company_code", "unknown logistics company"));
        var split = r.Flag("is_split");
        var subTids = split ? r.Required("sub_tid").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToHashSet() : null;

        var trade = await r.Db.Trades.SingleOrDefaultAsync(t => t.Tid == tid && t.SellerNick == r.Shop.SellerNick)
                    ?? throw new TopException(TopError.Business("isv.logistics-offline-service-error:B01", "交易不存在"));
        if (await r.Db.Shipments.AnyAsync(s => s.Tid == tid && s.OutSid == outSid))
            throw new TopException(TopError.Business("isv.logistics-offline-service-error:B04", "该运单号已发货"));
        var json = JsonNode.Parse(trade.Json)!.AsObject();
        if (trade.Status is not ("WAIT_SELLER_SEND_GOODS" or "SELLER_CONSIGNED_PART"))
            throw new TopException(TopError.Business("isv.logistics-offline-service-error:B27", "交易状态不允许发货:" + trade.Status));

        var orders = json["orders"]!["order"]!.AsArray();
        foreach (var order in orders.OfType<JsonObject>())
            if (subTids is null || subTids.Contains((long)order["oid"]!))
                order["status"] = "WAIT_BUYER_CONFIRM_GOODS";
        if (subTids is not null && subTids.Except(orders.Select(o => (long)o!["oid"]!)).Any())
            throw new TopException(TopError.Invalid("sub_tid", "sub order not in trade"));
        var allShipped = orders.All(o => (string)o!["status"]! is "WAIT_BUYER_CONFIRM_GOODS" or "TRADE_CLOSED");
        trade.Status = allShipped ? "WAIT_BUYER_CONFIRM_GOODS" : "SELLER_CONSIGNED_PART";
        trade.Modified = r.NowChina;
        json["status"] = trade.Status;
        json["modified"] = r.NowChina.ToString(TopRequest.TimeFormat);
        json["consign_time"] = r.NowChina.ToString(TopRequest.TimeFormat);
        trade.Json = json.ToJsonString();
        r.Db.Shipments.Add(new SandboxShipment { Tid = tid, OutSid = outSid, CompanyCode = company, SubTids = split ? string.Join(",", subTids!) : null, At = r.NowChina });
        await r.Db.SaveChangesAsync();
        return new JsonObject { ["shipping"] = new JsonObject { ["is_success"] = true } };
    }

    /// <summary>Listings with their SKUs and outer codes, for platform-goods matching.</summary>
    private async Task<JsonObject> ItemsOnSaleAsync(TopRequest r)
    {
        r.Required("fields");
        var pageNo = r.Int("page_no", 1, 1, 10_000);
        var pageSize = r.Int("page_size", 40, 1, 200);
        var skus = await r.Db.Items.AsNoTracking().Where(i => i.SellerNick == r.Shop.SellerNick).OrderBy(i => i.NumIid).ThenBy(i => i.SkuId).ToListAsync();
        var items = skus.GroupBy(s => s.NumIid).ToList();
        var page = items.Skip((pageNo - 1) * pageSize).Take(pageSize).Select(g => new JsonObject
        {
            ["num_iid"] = g.Key,
            ["title"] = g.First().Title,
            ["outer_id"] = g.First().OuterIid,
            ["num"] = g.Sum(s => s.Quantity),
            ["skus"] = new JsonObject
            {
                ["sku"] = new JsonArray(g.Select(s => (JsonNode)new JsonObject
                {
                    ["sku_id"] = s.SkuId, ["properties_name"] = s.SkuProperties, ["outer_id"] = s.OuterSkuId,
                    ["price"] = s.Price.ToString("0.00"), ["quantity"] = s.Quantity,
                }).ToArray()),
            },
        });
        return new JsonObject { ["total_results"] = items.Count, ["items"] = new JsonObject { ["item"] = new JsonArray(page.Select(i => (JsonNode)i).ToArray()) } };
    }

    /// <summary>Sets (type=1, the default) or adjusts (type=2) a listing SKU's sellable quantity.</summary>
    private async Task<JsonObject> QuantityUpdateAsync(TopRequest r)
    {
        var numIid = r.RequiredLong("num_iid");
        var skuId = r.Optional("sku_id") is { } s ? long.Parse(s) : (long?)null;
        var quantity = r.Int("quantity", -1, -999_999, 999_999);
        if (quantity == -1 && r.Optional("quantity") is null) throw new TopException(TopError.Missing("quantity"));
        var increment = r.Optional("type") == "2";
        var item = await r.Db.Items.FirstOrDefaultAsync(i => i.SellerNick == r.Shop.SellerNick && i.NumIid == numIid && (skuId == null || i.SkuId == skuId))
                   ?? throw new TopException(TopError.Business("isv.item-not-exist", "商品不存在"));
        var next = increment ? item.Quantity + quantity : quantity;
        if (next < 0) throw new TopException(TopError.Invalid("quantity", "quantity below zero"));
        item.Quantity = next;
        item.Modified = r.NowChina;
        await r.Db.SaveChangesAsync();
        return new JsonObject { ["item"] = new JsonObject { ["num_iid"] = numIid, ["sku_id"] = item.SkuId, ["quantity"] = next, ["modified"] = r.NowChina.ToString(TopRequest.TimeFormat) } };
    }

    private static (DateTime Start, DateTime End) Window(TopRequest r)
    {
        var start = r.RequiredTime("start_modified");
        var end = r.RequiredTime("end_modified");
        if (end < start) throw new TopException(TopError.Invalid("end_modified", "end_modified must not be earlier than start_modified"));
        if (end - start > TimeSpan.FromDays(1)) throw new TopException(TopError.Invalid("end_modified", "the span may not exceed one day"));
        return (start, end);
    }

    /// <summary>TOP paging: page_no from 1, page_size up to 100; with use_has_next, has_next instead of total_results.</summary>
    private async Task<JsonObject> PageAsync(TopRequest r, IQueryable<string> rows, string listName, string itemName)
    {
        var pageNo = r.Int("page_no", 1, 1, 100_000);
        var pageSize = r.Int("page_size", 40, 1, 100);
        var skip = (pageNo - 1) * pageSize;
        var page = await rows.Skip(skip).Take(pageSize + 1).ToListAsync();
        var hasNext = page.Count > pageSize;
        page = page.Take(pageSize).ToList();
        var previousTail = skip > 0 ? await rows.Skip(Math.Max(0, skip - 3)).Take(Math.Min(3, skip)).ToListAsync() : [];
        var shown = router.Disturb(page, previousTail);

        var body = new JsonObject { [listName] = new JsonObject { [itemName] = new JsonArray(shown.Select(j => JsonNode.Parse(j)).ToArray()) } };
        if (r.Flag("use_has_next")) body["has_next"] = hasNext;
        else body["total_results"] = await rows.CountAsync();
        return body;
    }
}
