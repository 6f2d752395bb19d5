using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using BlazorErp.PlatformSandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.PlatformSandbox.Top;

/// <summary>
/// <c>POST /router/rest</c>: checks system parameters the way TOP does (app key, timestamp within 10 minutes,
/// signature, session, call limit), then runs the method and wraps its result as
/// <c>{"&lt;method&gt;_response": …}</c> or <c>{"error_response": …}</c>.
/// </summary>
public sealed class TopRouter(SandboxFaults faults, TimeProvider clock)
{
    private static readonly TimeSpan TimestampTolerance = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, Queue<DateTime>> _calls = new();
    private readonly Random _dice = new(faults.Seed);
    private TopMethods? _methods;
    private TopMethods Methods => _methods ??= new TopMethods(this);
    private readonly WaybillMethods _waybills = new();

    public static DateTime ChinaTime(DateTimeOffset utc) => utc.UtcDateTime.AddHours(8);

    public async Task<IResult> HandleAsync(HttpRequest request, SandboxDb db)
    {
        if (faults.LatencyMs > 0) await Task.Delay(faults.LatencyMs);
        bool serverError;
        lock (_dice) serverError = _dice.NextDouble() < faults.ServerErrorRate;
        if (serverError) return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query) parameters[key] = value.ToString();
        if (request.HasFormContentType)
            foreach (var (key, value) in await request.ReadFormAsync()) parameters[key] = value.ToString();

        try
        {
            var nowChina = ChinaTime(clock.GetUtcNow());
            var shop = await AuthenticateAsync(parameters, db, nowChina);
            var method = parameters["method"];
            if (!Methods.All.TryGetValue(method, out var run) && !_waybills.All.TryGetValue(method, out run))
                throw new TopException(TopError.InvalidMethod);
            var body = await run(new TopRequest(parameters, shop, db, nowChina));
            return Results.Json(new JsonObject { [method.Replace("taobao.", "").Replace('.', '_') + "_response"] = body });
        }
        catch (TopException e)
        {
            var error = new JsonObject { ["code"] = e.Error.Code, ["msg"] = e.Error.Msg };
            if (e.Error.SubCode is not null) error["sub_code"] = e.Error.SubCode;
            if (e.Error.SubMsg is not null) error["sub_msg"] = e.Error.SubMsg;
            return Results.Json(new JsonObject { ["error_response"] = error });
        }
    }

    private async Task<SandboxShop> AuthenticateAsync(Dictionary<string, string> p, SandboxDb db, DateTime nowChina)
    {
        string? Get(string name) => p.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
        if (Get("method") is null) throw new TopException(TopError.MissingMethod);
        var appKey = Get("app_key") ?? throw new TopException(TopError.MissingAppKey);
        var app = await db.Apps.AsNoTracking().SingleOrDefaultAsync(a => a.AppKey == appKey) ?? throw new TopException(TopError.InvalidAppKey);
        var timestamp = Get("timestamp") ?? throw new TopException(TopError.MissingTimestamp);
        if (!DateTime.TryParseExact(timestamp, TopRequest.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            || (at - nowChina).Duration() > TimestampTolerance)
            throw new TopException(TopError.InvalidTimestamp);
        var expected = TopSignature.Compute(p, app.Secret, Get("sign_method") ?? "md5");
        if (expected is null || !string.Equals(expected, Get("sign"), StringComparison.OrdinalIgnoreCase))
            throw new TopException(TopError.InvalidSignature);
        var session = Get("session") ?? throw new TopException(TopError.MissingSession);
        var shop = await db.Shops.AsNoTracking().SingleOrDefaultAsync(s => s.SessionKey == session && s.AppKey == appKey)
                   ?? throw new TopException(TopError.InvalidSession);
        if (faults.CallsPerSecond > 0 && !Admit(appKey)) throw new TopException(TopError.CallLimited(1));
        return shop;
    }

    /// <summary>Sliding one-second window of calls per app key.</summary>
    private bool Admit(string appKey)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var window = _calls.GetOrAdd(appKey, _ => new Queue<DateTime>());
        lock (window)
        {
            while (window.Count > 0 && now - window.Peek() > TimeSpan.FromSeconds(1)) window.Dequeue();
            if (window.Count >= faults.CallsPerSecond) return false;
            window.Enqueue(now);
            return true;
        }
    }

    /// <summary>Applies the page faults: overlap with the previous page, shuffled order.</summary>
    internal List<T> Disturb<T>(List<T> page, List<T> previousPageTail)
    {
        var result = faults.DuplicatePages ? [.. previousPageTail, .. page] : page;
        if (faults.ReorderPages)
            lock (_dice) result = result.OrderBy(_ => _dice.Next()).ToList();
        return result;
    }
}
