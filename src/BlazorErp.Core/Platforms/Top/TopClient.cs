using BlazorErp.Core.MasterData;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Polly;
using Polly.Retry;

namespace BlazorErp.Core.Platforms.Top;

/// <summary>What a shop's authorisation gives us: the ISV app and the seller's session.</summary>
public sealed record TopCredentials(string AppKey, string AppSecret, string SessionKey, string SignMethod = "hmac-sha256")
{
    /// <summary>A shop's stored credentials, its secrets unprotected for the call (the caller checked <see cref="Shop.HasCredentials"/>).</summary>
    public static TopCredentials Of(Shop shop, ISecretProtector protector) =>
        new(shop.AppKey!, protector.Unprotect(shop.ProtectedAppSecret!), protector.Unprotect(shop.ProtectedSessionKey!));
}

/// <summary>A TOP error_response: the platform's code, message and sub-code, kept verbatim for the sync page.</summary>
public sealed class TopApiException(int code, string message, string? subCode, string? subMessage)
    : Exception($"TOP {code} {message}{(subCode is null ? "" : $" ({subCode}: {subMessage})")}")
{
    public int Code { get; } = code;
    public string? SubCode { get; } = subCode;
    public string? SubMessage { get; } = subMessage;
    public string PlatformMessage { get; } = subMessage ?? message;

    /// <summary>Worth retrying: call limits (7) and the platform's own service errors (isp.*), not our mistakes.</summary>
    public bool IsTransient => Code == 7 || SubCode?.StartsWith("isp.", StringComparison.Ordinal) == true || Code == 15 && SubCode is null;

    /// <summary>For a call limit, how long TOP says the ban lasts ("This ban will last for 1 more seconds").</summary>
    public TimeSpan? BanLasts =>
        Code == 7 && System.Text.RegularExpressions.Regex.Match(SubMessage ?? "", @"(\d+) more second") is { Success: true } m
            ? TimeSpan.FromSeconds(int.Parse(m.Groups[1].Value)) : null;
}

/// <summary>
/// Calls the TOP router (<c>POST /router/rest</c>) with signed system parameters. Transient failures —
/// network errors, 5xx answers, call limits — are retried with exponential backoff and jitter; anything
/// else surfaces as a <see cref="TopApiException"/> carrying the platform's words.
/// </summary>
public sealed class TopClient(HttpClient http, TimeProvider clock, TopClientOptions? options = null)
{
    private readonly ResiliencePipeline _retry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder()
                .Handle<HttpRequestException>()
                .Handle<TimeoutException>()
                .Handle<TopApiException>(e => e.IsTransient),
            MaxRetryAttempts = (options ?? new()).MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = (options ?? new()).FirstRetryDelay,
            // A call limit says how long it lasts: wait exactly that, not a guess.
            DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is TopApiException { BanLasts: { } ban } ? ban : (TimeSpan?)null),
        })
        .Build();

    public async Task<JsonElement> CallAsync(string method, TopCredentials credentials, IReadOnlyDictionary<string, string?> arguments,
        CancellationToken cancellationToken = default) =>
        await _retry.ExecuteAsync(async token => await SendOnceAsync(method, credentials, arguments, token), cancellationToken);

    private async Task<JsonElement> SendOnceAsync(string method, TopCredentials credentials, IReadOnlyDictionary<string, string?> arguments,
        CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, string?>(arguments)
        {
            ["method"] = method,
            ["app_key"] = credentials.AppKey,
            ["session"] = credentials.SessionKey,
            ["timestamp"] = clock.GetUtcNow().UtcDateTime.AddHours(8).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["format"] = "json",
            ["v"] = "2.0",
            ["sign_method"] = credentials.SignMethod,
        };
        parameters["sign"] = TopSigner.Sign(parameters, credentials.AppSecret, credentials.SignMethod);

        using var content = new FormUrlEncodedContent(parameters.Where(p => p.Value is not null).Select(p => new KeyValuePair<string, string>(p.Key, p.Value!)));
        using var response = await http.PostAsync("router/rest", content, cancellationToken);
        if ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests)
            throw new HttpRequestException($"TOP answered {(int)response.StatusCode}", null, response.StatusCode);
        response.EnsureSuccessStatusCode();

        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var root = document.RootElement;
        if (root.TryGetProperty("error_response", out var error))
            throw new TopApiException(error.GetProperty("code").GetInt32(), error.GetProperty("msg").GetString() ?? "",
                error.TryGetProperty("sub_code", out var sub) ? sub.GetString() : null,
                error.TryGetProperty("sub_msg", out var subMsg) ? subMsg.GetString() : null);
        var name = method.Replace("taobao.", "").Replace('.', '_') + "_response";
        return root.GetProperty(name).Clone();
    }
}

public sealed class TopClientOptions
{
    public int MaxRetries { get; init; } = 5;
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);
}
