namespace BlazorErp.Web.Components.Shared;

public static class ChinaTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>
    /// Times are stored in UTC and shown in China Standard Time — the merchant's business day (and the
    /// date in document numbers) — whatever time zone the server runs in.
    /// </summary>
    public static DateTime ToChinaTime(this DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(Offset);
}
