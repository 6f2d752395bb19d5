using BlazorErp.Web.Security;
using System.Security.Claims;

namespace BlazorErp.Web.Endpoints;

/// <summary>The open API for integrations (旺店通-style). Every route is API-key authenticated and in the AccessMatrix.</summary>
public static class ApiV1
{
    public static RouteGroupBuilder MapApiV1(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .WithAccessMatrix(ApiKeyAuthenticationHandler.SchemeName)
            .WithTags("v1");

        api.MapGet("/me", (ClaimsPrincipal caller) => TypedResults.Ok(new ApiCallerInfo(caller.Identity!.Name!["api:".Length..])))
            .WithSummary("The integration the API key belongs to")
            .Produces<ApiError>(StatusCodes.Status401Unauthorized);
        return api;
    }
}

public sealed record ApiCallerInfo(string Integration);
