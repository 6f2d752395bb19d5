using BlazorErp.Core.Admin;
using BlazorErp.Core.Admin.Features;
using BlazorErp.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace BlazorErp.Web.Endpoints;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").WithAccessMatrix().ExcludeFromDescription();

        account.MapPost("/logout", async (SignInManager<ErpUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/account/login");
        });

        // The shell saves the preference through SetMyPreferences, then reloads through here so the
        // new culture applies from the first byte of the next page.
        account.MapGet("/culture", (string culture, string? returnUrl, HttpContext http) =>
        {
            WriteCultureCookie(http.Response, culture);
            return TypedResults.LocalRedirect(SafeLocal(returnUrl));
        });
    }

    public static void WriteCultureCookie(HttpResponse response, string culture)
    {
        var normalized = UiCultures.Normalize(culture);
        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(normalized)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
    }

    /// <summary>Only same-site relative paths: a crafted returnUrl must not send the user elsewhere.</summary>
    public static string SafeLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";
}
