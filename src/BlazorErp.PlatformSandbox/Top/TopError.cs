namespace BlazorErp.PlatformSandbox.Top;

/// <summary>A TOP error_response. The codes are TOP's own: 7 call limited, 21/22 method, 25 signature, 26/27 session, 28/29 app key, 31/32 timestamp, 40/41 arguments.</summary>
public sealed record TopError(int Code, string Msg, string? SubCode = null, string? SubMsg = null)
{
    public static TopError CallLimited(int seconds) => new(7, "App Call Limited", "accesscontrol.limited-by-app-access-count", $"This ban will last for {seconds} more seconds");
    public static readonly TopError MissingMethod = new(21, "Missing Method");
    public static readonly TopError InvalidMethod = new(22, "Invalid Method");
    public static readonly TopError InvalidSignature = new(25, "Invalid signature");
    public static readonly TopError MissingSession = new(26, "Missing session");
    public static readonly TopError InvalidSession = new(27, "Invalid session", "invalid-sessionkey", "SessionKey非法");
    public static readonly TopError MissingAppKey = new(28, "Missing App Key");
    public static readonly TopError InvalidAppKey = new(29, "Invalid app Key");
    public static readonly TopError MissingTimestamp = new(31, "Missing timestamp");
    public static readonly TopError InvalidTimestamp = new(32, "Invalid timestamp", "isv.invalid-timestamp", "时间戳与服务器时间相差超过10分钟");
    public static TopError Missing(string parameter) => new(40, "Missing required arguments:" + parameter, "isv.missing-parameter:" + parameter);
    public static TopError Invalid(string parameter, string why) => new(41, "Invalid arguments:" + parameter, "isv.invalid-parameter:" + parameter, why);
    public static TopError Business(string subCode, string subMsg) => new(15, "Remote service error", subCode, subMsg);
}

/// <summary>Thrown by a method handler to answer with an error_response.</summary>
public sealed class TopException(TopError error) : Exception(error.Msg)
{
    public TopError Error { get; } = error;
}
