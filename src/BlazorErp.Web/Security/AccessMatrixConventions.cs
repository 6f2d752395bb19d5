using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;

namespace BlazorErp.Web.Security;

/// <summary>Turns <see cref="AccessMatrix"/> entries into endpoint authorization metadata.</summary>
public static class AccessMatrixConventions
{
    /// <summary>
    /// Every endpoint built by <paramref name="builder"/> gets the matrix's rule for its route; an endpoint
    /// the matrix does not know fails start-up. Blazor's own endpoints (the circuit hub, framework scripts)
    /// are left to the fallback policy, which requires a signed-in user.
    /// </summary>
    public static TBuilder WithAccessMatrix<TBuilder>(this TBuilder builder, string? authenticationScheme = null)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (endpoint is not RouteEndpointBuilder route) return;
            var pattern = route.RoutePattern.RawText ?? "";
            if (IsBlazorInfrastructure(pattern) && !endpoint.Metadata.OfType<ComponentTypeMetadata>().Any()) return;
            var access = AccessMatrix.Find(pattern)
                ?? throw new InvalidOperationException($"Route '{pattern}' is not in the AccessMatrix. Add it with the roles that may use it.");
            if (access.Anonymous)
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
                return;
            }
            var authorize = new AuthorizeAttribute { Roles = string.Join(',', access.Roles) };
            if (authenticationScheme is not null) authorize.AuthenticationSchemes = authenticationScheme;
            endpoint.Metadata.Add(authorize);
        });
        return builder;
    }

    public static bool IsBlazorInfrastructure(string pattern) =>
        pattern.TrimStart('/').StartsWith("_blazor", StringComparison.Ordinal) ||
        pattern.TrimStart('/').StartsWith("_framework", StringComparison.Ordinal);
}
