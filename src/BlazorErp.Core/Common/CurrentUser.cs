using System.Security.Claims;

namespace BlazorErp.Core.Common;

/// <summary>
/// Who is acting in this scope (an HTTP request, a Blazor circuit or an API call).
/// The web host sets <see cref="Principal"/>; the audit interceptor and handlers read it.
/// </summary>
public sealed class CurrentUser
{
    public ClaimsPrincipal Principal { get; set; } = new(new ClaimsIdentity());

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;
    public string? UserId => Principal.FindFirstValue(ClaimTypes.NameIdentifier);
    /// <summary>The name written into audit rows: the user name, an API key's integration name, or "anonymous".</summary>
    public string Name => IsAuthenticated ? Principal.Identity!.Name ?? UserId ?? "?" : Anonymous;
    public bool IsInRole(string role) => Principal.IsInRole(role);
    /// <summary>What colleagues see ("张三 正在处理"): the display name from the sign-in cookie, else <see cref="Name"/>.</summary>
    public string DisplayName => Principal.FindFirstValue(DisplayNameClaim) ?? Name;
    /// <summary>Who holds a claim: the user id, or the name for principals without one (API keys, system).</summary>
    public string Id => UserId ?? Name;

    public const string DisplayNameClaim = "erp:display_name";

    public const string Anonymous = "anonymous";

    /// <summary>The actor of start-up work (migrations, seeding), so audit rows and ledger entries say "system".</summary>
    public static ClaimsPrincipal System => new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "system")], "system"));
}
