using System.Net;
using BlazorErp.Core.Admin;
using BlazorErp.Core.Admin.Features;
using BlazorErp.Web.Security;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.IntegrationTests;

/// <summary>
/// Walks every endpoint the running app exposes and checks every role against the AccessMatrix,
/// over real HTTP with real sign-in cookies and a real API key. A page added later without a matrix
/// entry fails here (or fails start-up); a role that gets more or less than the matrix says fails here.
/// </summary>
public class AccessMatrixTests(ErpFactory app) : IClassFixture<ErpFactory>
{
    private static readonly Dictionary<string, string> SampleRouteValues = new() { ["documentName"] = "v1", ["id"] = "1", ["tid:long"] = "1", ["id:long"] = "1", ["kind"] = "Waybills", ["session"] = "matrix" };

    private IReadOnlyList<RouteEndpoint> Endpoints()
    {
        _ = app.Server; // start the host
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
    }

    /// <summary>The framework's own endpoints: static files (fingerprinted assets and the file fallback) and the Blazor circuit hub.</summary>
    private static bool IsFramework(RouteEndpoint endpoint)
    {
        var pattern = endpoint.RoutePattern.RawText ?? "";
        return AccessMatrixConventions.IsBlazorInfrastructure(pattern)
               || pattern == "{**path:file}"
               || endpoint.Metadata.Any(m => m.GetType().FullName?.StartsWith("Microsoft.AspNetCore.StaticAssets", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Every_endpoint_is_in_the_matrix_and_every_matrix_route_exists()
    {
        var endpoints = Endpoints();
        var ours = endpoints.Where(e => !IsFramework(e)).Select(e => AccessMatrix.Normalize(e.RoutePattern.RawText ?? "")).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var unknown = ours.Where(r => AccessMatrix.Find(r) is null).ToList();
        var stale = AccessMatrix.Routes.Keys.Where(r => !ours.Contains(r)).ToList();

        Assert.Empty(unknown);
        Assert.Empty(stale);
        Assert.Contains("/admin/users", ours); // the walk really saw the app's pages
    }

    [Fact]
    public void Every_page_has_its_matrix_rule_as_endpoint_metadata()
    {
        var pages = Endpoints().Where(e => e.Metadata.OfType<ComponentTypeMetadata>().Any() && !IsFramework(e)).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var access = AccessMatrix.Find(page.RoutePattern.RawText)!;
            var anonymous = page.Metadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any();
            Assert.Equal(access.Anonymous, anonymous);
        }
    }

    public static TheoryData<string> Callers() => new(["(anonymous)", "(api key)", .. SeedIdentity.DemoAccounts.Select(a => a.UserName)]);

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Each_caller_reaches_exactly_what_the_matrix_allows(string caller)
    {
        var (client, roles) = await ClientForAsync(caller);
        var failures = new List<string>();
        // Signing out ends the caller's session: it goes last, so every other endpoint is tried signed in.
        foreach (var endpoint in Endpoints().Where(e => !IsFramework(e)).OrderBy(e => e.RoutePattern.RawText == "/account/logout"))
        {
            var route = AccessMatrix.Normalize(endpoint.RoutePattern.RawText!);
            var access = AccessMatrix.Find(route)!;
            var method = endpoint.Metadata.OfType<HttpMethodMetadata>().FirstOrDefault()?.HttpMethods.FirstOrDefault() ?? "GET";
            var url = SampleRouteValues.Aggregate(route, (u, kv) => u.Replace("{" + kv.Key + "}", kv.Value));
            if (route == "/account/culture") url += "?culture=en-US";

            // State-changing endpoints get an empty body without a content type: authorization answers first for a
            // caller who may not, and one who may is stopped by the body binding (400/415) before anything changes.
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method != "GET") request.Content = new ByteArrayContent([]);
            var response = await client.SendAsync(request);
            var allowed = access.Anonymous || (roles is not null && access.Roles.Intersect(roles).Any());
            // The access-denied page itself answers 403 to everyone, by design.
            var refused = response.StatusCode == HttpStatusCode.Unauthorized
                          || (response.StatusCode == HttpStatusCode.Forbidden && route != "/account/access-denied")
                          || response.Headers.Location?.OriginalString.Contains("/account/login?") == true // sent to sign in (a plain /account/login is where signing out lands)
                          || response.Headers.Location?.OriginalString.Contains("/account/access-denied") == true;
            if (allowed == refused)
                failures.Add($"{method} {url}: expected {(allowed ? "allowed" : "refused")}, got {(int)response.StatusCode} {response.Headers.Location}");
        }
        Assert.Empty(failures);
    }

    /// <summary>A client for the caller and the roles it holds (null: not signed in at all).</summary>
    private async Task<(HttpClient Client, string[]? Roles)> ClientForAsync(string caller)
    {
        switch (caller)
        {
            case "(anonymous)":
                return (app.Browser(), null);
            case "(api key)":
                var key = await app.AsUserAsync("admin", sp => sp.GetRequiredService<CreateApiKey>().HandleAsync("matrix-test-" + Guid.NewGuid()));
                var client = app.Browser();
                client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key.Value!.PlainKey);
                return (client, [Role.Integration]);
            default:
                var account = SeedIdentity.DemoAccounts.Single(a => a.UserName == caller);
                return (await app.SignedInAsync(caller), [account.Role]);
        }
    }
}
