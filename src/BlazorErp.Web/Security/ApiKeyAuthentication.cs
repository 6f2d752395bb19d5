using System.Security.Claims;
using System.Text.Encodings.Web;
using BlazorErp.Core.Admin;
using BlazorErp.Core.Admin.Features;
using BlazorErp.Core.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace BlazorErp.Web.Security;

/// <summary>
/// Authenticates integrations by the <c>X-Api-Key</c> header. A missing, tampered or revoked key is a
/// 401 whose JSON body says which, in the caller's Accept-Language.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AuthenticateApiKey authenticate, IStringLocalizer<Strings> l)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    private const string ErrorItem = "ApiKeyError";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values)) return AuthenticateResult.NoResult();
        var result = await authenticate.HandleAsync(values.ToString());
        if (!result.Succeeded)
        {
            Context.Items[ErrorItem] = result.Error!.Code;
            return AuthenticateResult.Fail(result.Error.Code);
        }
        var caller = result.Value!;
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "apikey:" + caller.KeyId),
            new Claim(ClaimTypes.Name, "api:" + caller.Name),
            new Claim(ClaimTypes.Role, Role.Integration),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var code = Context.Items[ErrorItem] as string ?? "ApiKey.Missing";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{Header}\"";
        return Response.WriteAsJsonAsync(new ApiError(code, l[code]));
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Response.WriteAsJsonAsync(new ApiError("ApiKey.Forbidden", l["ApiKey.Forbidden"]));
    }
}

/// <summary>The error body of every /api response: a stable code for programs, a message for people.</summary>
public sealed record ApiError(string Code, string Message);
