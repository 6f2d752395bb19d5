using System.Globalization;
using System.Text.Json;
using BlazorErp.Core.Platforms.Top;

namespace BlazorErp.Core.Platforms;

/// <summary>A trade as downloaded: identity, status and modified time pulled out, the rest verbatim.</summary>
public sealed record DownloadedTrade(long Tid, string Status, DateTime ModifiedChina, string Json);

/// <summary>The capability "incremental trade download" of a platform (TOP: taobao.trades.sold.increment.get).</summary>
public interface ITradeSource
{
    /// <summary>How many trades were modified in [from, to] (China time).</summary>
    Task<int> CountAsync(TopCredentials credentials, DateTime fromChina, DateTime toChina, CancellationToken cancellationToken);

    /// <summary>One page (1-based) of those trades, oldest modification first.</summary>
    Task<IReadOnlyList<DownloadedTrade>> PageAsync(TopCredentials credentials, DateTime fromChina, DateTime toChina, int pageNo, int pageSize,
        CancellationToken cancellationToken);
}

/// <summary>TOP's incremental trade download.</summary>
public sealed class TopTradeSource(TopClient client) : ITradeSource
{
    private const string Method = "taobao.trades.sold.increment.get";
    private const string Fields = "tid,status,created,modified,pay_time,buyer_nick,buyer_message,seller_memo,seller_flag,receiver_name,receiver_state,"
        + "receiver_city,receiver_district,receiver_town,receiver_address,receiver_mobile,receiver_zip,payment,total_fee,post_fee,discount_fee,orders";
    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    public async Task<int> CountAsync(TopCredentials credentials, DateTime fromChina, DateTime toChina, CancellationToken cancellationToken)
    {
        var response = await client.CallAsync(Method, credentials, Arguments(fromChina, toChina, 1, 1), cancellationToken);
        return response.GetProperty("total_results").GetInt32();
    }

    public async Task<IReadOnlyList<DownloadedTrade>> PageAsync(TopCredentials credentials, DateTime fromChina, DateTime toChina, int pageNo,
        int pageSize, CancellationToken cancellationToken)
    {
        var response = await client.CallAsync(Method, credentials, Arguments(fromChina, toChina, pageNo, pageSize), cancellationToken);
        if (!response.TryGetProperty("trades", out var trades) || !trades.TryGetProperty("trade", out var list)) return [];
        return list.EnumerateArray().Select(t => new DownloadedTrade(
            t.GetProperty("tid").GetInt64(),
            t.GetProperty("status").GetString() ?? "",
            DateTime.ParseExact(t.GetProperty("modified").GetString()!, TimeFormat, CultureInfo.InvariantCulture),
            t.GetRawText())).ToList();
    }

    private static Dictionary<string, string?> Arguments(DateTime fromChina, DateTime toChina, int pageNo, int pageSize) => new()
    {
        ["fields"] = Fields,
        ["start_modified"] = fromChina.ToString(TimeFormat, CultureInfo.InvariantCulture),
        ["end_modified"] = toChina.ToString(TimeFormat, CultureInfo.InvariantCulture),
        ["page_no"] = pageNo.ToString(CultureInfo.InvariantCulture),
        ["page_size"] = pageSize.ToString(CultureInfo.InvariantCulture),
    };
}
