using System.Globalization;
using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Platforms.Top;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Platforms.Features;

public sealed record PlatformGoodsRow(long Id, string PlatformItemId, string PlatformSkuId, string Title, string? Properties, string? OuterCode,
    long? MatchedSkuId, string? MatchedMerchantCode, string? UnmatchedReason);

public sealed record MatchReport(int Listings, int Matched, int Unmatched);

/// <summary>
/// 平台货品匹配 (旺店通 §3): downloads a shop's listings (taobao.items.onsale.get), stores each listing SKU, and
/// matches it to our SKU by merchant code. Unmatched listings are reported with the reason, never guessed.
/// </summary>
public sealed class MatchPlatformGoods(IDbContextFactory<ErpDbContext> contexts, TopClient client, ISecretProtector protector)
{
    private const int PageSize = 100;

    public async Task<Result<MatchReport>> HandleAsync(long shopId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<Shop>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == shopId, cancellationToken) is not { } shop)
            return Errors.NotFound("Shop " + shopId);
        if (!shop.HasCredentials) return new Error("Download.NoCredentials", shop.Name);
        var credentials = TopCredentials.Of(shop, protector);

        var listings = new List<(string Item, string Sku, string Title, string? Properties, string? Outer)>();
        try
        {
            for (var page = 1; ; page++)
            {
                var response = await client.CallAsync("taobao.items.onsale.get", credentials, new Dictionary<string, string?>
                {
                    ["fields"] = "num_iid,title,outer_id,skus", ["page_no"] = page.ToString(CultureInfo.InvariantCulture), ["page_size"] = PageSize.ToString(CultureInfo.InvariantCulture),
                }, cancellationToken);
                var items = response.GetProperty("items").GetProperty("item").EnumerateArray().ToList();
                foreach (var item in items)
                {
                    var itemId = item.GetProperty("num_iid").GetInt64().ToString(CultureInfo.InvariantCulture);
                    var title = item.GetProperty("title").GetString() ?? "";
                    foreach (var sku in item.GetProperty("skus").GetProperty("sku").EnumerateArray())
                        listings.Add((itemId, sku.GetProperty("sku_id").GetInt64().ToString(CultureInfo.InvariantCulture), title,
                            sku.TryGetProperty("properties_name", out var p) ? p.GetString() : null,
                            sku.TryGetProperty("outer_id", out var o) && o.ValueKind == System.Text.Json.JsonValueKind.String ? o.GetString() : null));
                }
                if (items.Count < PageSize || page * PageSize >= response.GetProperty("total_results").GetInt32()) break;
            }
        }
        catch (Exception e) when (e is TopApiException or HttpRequestException or TimeoutException)
        {
            return new Error("Download.Failed", shop.Name, e is TopApiException top ? top.PlatformMessage : e.Message);
        }

        var skus = await db.Set<Sku>().AsNoTracking().Where(s => s.Active).ToDictionaryAsync(s => s.MerchantCodeKey, s => s.Id, cancellationToken);
        var existing = await db.Set<PlatformGoods>().Where(p => p.ShopId == shopId).ToDictionaryAsync(p => (p.PlatformItemId, p.PlatformSkuId), cancellationToken);
        foreach (var listing in listings)
        {
            if (!existing.TryGetValue((listing.Item, listing.Sku), out var goods))
            {
                goods = new PlatformGoods(shopId, listing.Item, listing.Sku, listing.Title, listing.Properties, listing.Outer);
                db.Add(goods);
                existing[(listing.Item, listing.Sku)] = goods;
            }
            else goods.Refresh(listing.Title, listing.Properties, listing.Outer);
            goods.Match(key => skus.TryGetValue(key, out var id) ? id : null);
        }
        await db.SaveChangesAsync(cancellationToken);
        var all = existing.Values.ToList();
        return new MatchReport(all.Count, all.Count(p => p.MatchedSkuId is not null), all.Count(p => p.MatchedSkuId is null));
    }

    public async Task<IReadOnlyList<PlatformGoodsRow>> ListAsync(long shopId, bool unmatchedOnly)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var goods = db.Set<PlatformGoods>().AsNoTracking().Where(p => p.ShopId == shopId);
        if (unmatchedOnly) goods = goods.Where(p => p.MatchedSkuId == null);
        return await goods.OrderBy(p => p.MatchedSkuId != null).ThenBy(p => p.PlatformItemId)
            .Select(p => new PlatformGoodsRow(p.Id, p.PlatformItemId, p.PlatformSkuId, p.Title, p.Properties, p.OuterCode, p.MatchedSkuId,
                db.Set<Sku>().Where(s => s.Id == p.MatchedSkuId).Select(s => s.MerchantCode).FirstOrDefault(), p.UnmatchedReason))
            .ToListAsync();
    }
}
