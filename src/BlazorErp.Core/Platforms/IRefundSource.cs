using System.Globalization;
using BlazorErp.Core.Platforms.Top;

namespace BlazorErp.Core.Platforms;

/// <summary>A refund as the platform reports it (TOP refund fields): the money asked for, and whether goods come back.</summary>
public sealed record PlatformRefund(long RefundId, long Tid, long Oid, string Status, decimal RefundFee = 0, string? Reason = null, DateTime? ModifiedChina = null,
    bool HasGoodReturn = true)
{
    /// <summary>The buyer has the money back (the platform paid it out of the escrow).</summary>
    public bool Succeeded => Status == "SUCCESS";

    /// <summary>The refund is over without money back: the goods are the buyer's.</summary>
    public bool Closed => Status is "CLOSED" or "SELLER_REFUSE_BUYER";

    /// <summary>Closed or refused by the seller: the goods still ship. Anything else means the buyer wants the money back.</summary>
    public bool Active => !Closed;
}

/// <summary>The capability "refunds received" of a platform (TOP: taobao.refunds.receive.get), for 退款检测 before printing.</summary>
public interface IRefundSource
{
    /// <summary>Refunds modified in [from, to] (China time), in windows of at most a day as TOP requires.</summary>
    Task<IReadOnlyList<PlatformRefund>> ModifiedAsync(TopCredentials credentials, DateTime fromChina, DateTime toChina, CancellationToken cancellationToken = default);
}

public sealed class TopRefundSource(TopClient client) : IRefundSource
{
    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss";
    private const int PageSize = 100;

    public async Task<IReadOnlyList<PlatformRefund>> ModifiedAsync(TopCredentials credentials, DateTime fromChina, DateTime toChina,
        CancellationToken cancellationToken = default)
    {
        var refunds = new List<PlatformRefund>();
        for (var from = fromChina; from < toChina; from = from.AddDays(1))
        {
            var to = from.AddDays(1) < toChina ? from.AddDays(1) : toChina;
            for (var page = 1; ; page++)
            {
                var response = await client.CallAsync("taobao.refunds.receive.get", credentials, new Dictionary<string, string?>
                {
                    ["fields"] = "refund_id,tid,oid,status,modified,refund_fee,reason,has_good_return",
                    ["start_modified"] = from.ToString(TimeFormat, CultureInfo.InvariantCulture),
                    ["end_modified"] = to.ToString(TimeFormat, CultureInfo.InvariantCulture),
                    ["page_no"] = page.ToString(CultureInfo.InvariantCulture),
                    ["page_size"] = PageSize.ToString(CultureInfo.InvariantCulture),
                }, cancellationToken);
                if (!response.TryGetProperty("refunds", out var list) || !list.TryGetProperty("refund", out var items)) break;
                var batch = items.EnumerateArray().Select(r => new PlatformRefund(r.GetProperty("refund_id").GetInt64(), r.GetProperty("tid").GetInt64(),
                    r.GetProperty("oid").GetInt64(), r.GetProperty("status").GetString() ?? "",
                    r.TryGetProperty("refund_fee", out var fee) && decimal.TryParse(fee.GetString(), CultureInfo.InvariantCulture, out var amount) ? amount : 0,
                    r.TryGetProperty("reason", out var reason) ? reason.GetString() : null,
                    r.TryGetProperty("modified", out var modified) && DateTime.TryParseExact(modified.GetString(), TimeFormat, CultureInfo.InvariantCulture,
                        DateTimeStyles.None, out var at) ? at : null,
                    // 仅退款 (no goods back) says so; a platform that does not say is taken to want the goods back.
                    !r.TryGetProperty("has_good_return", out var goods) || goods.ValueKind != System.Text.Json.JsonValueKind.False)).ToList();
                refunds.AddRange(batch);
                if (batch.Count < PageSize) break;
            }
        }
        return refunds;
    }
}
