using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BlazorErp.Core.Admin.Features;
using BlazorErp.Web.Endpoints;
using BlazorErp.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.IntegrationTests;

public class ApiTests(ErpFactory app) : IClassFixture<ErpFactory>
{
    private Task<CreatedApiKey> NewKeyAsync(string name) =>
        app.AsUserAsync("admin", async sp => (await sp.GetRequiredService<CreateApiKey>().HandleAsync(name)).Value!);

    private HttpClient ClientWith(string? key, string language = "zh-CN")
    {
        var client = app.CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    [Fact]
    public async Task A_valid_key_calls_the_api_as_its_integration()
    {
        var key = await NewKeyAsync("分销商-华东");
        var response = await ClientWith(key.PlainKey).GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("分销商-华东", (await response.Content.ReadFromJsonAsync<ApiCallerInfo>())!.Integration);
    }

    [Theory]
    [InlineData(null, "ApiKey.Missing", "缺少 API 密钥")]
    [InlineData("erp_0000000000000000000000000000000000000000000000000000000000000000", "ApiKey.Invalid", "API 密钥无效")]
    [InlineData("not-even-our-format", "ApiKey.Invalid", "API 密钥无效")]
    public async Task Missing_or_unknown_keys_get_401_with_a_specific_code(string? key, string code, string message)
    {
        var response = await ClientWith(key).GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<ApiError>();
        Assert.Equal(code, error!.Code);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task A_tampered_key_is_refused()
    {
        var key = await NewKeyAsync("tamper");
        var tampered = key.PlainKey[..^2] + (key.PlainKey.EndsWith("00") ? "11" : "00");

        var response = await ClientWith(tampered).GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("ApiKey.Invalid", (await response.Content.ReadFromJsonAsync<ApiError>())!.Code);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_from_its_next_call_in_the_callers_language()
    {
        var key = await NewKeyAsync("to-revoke");
        Assert.Equal(HttpStatusCode.OK, (await ClientWith(key.PlainKey).GetAsync("/api/v1/me")).StatusCode);

        await app.AsUserAsync("admin", sp => sp.GetRequiredService<RevokeApiKey>().HandleAsync(key.Id));
        var response = await ClientWith(key.PlainKey, "en-US").GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<ApiError>();
        Assert.Equal("ApiKey.Revoked", error!.Code);
        Assert.Contains("revoked", error.Message);
    }

    [Fact]
    public async Task Only_the_hash_of_a_key_is_stored()
    {
        var key = await NewKeyAsync("hash-only");
        await using var db = await app.DbAsync();
        var stored = db.ApiKeys.Single(k => k.Id == key.Id);
        Assert.NotEqual(key.PlainKey, stored.Hash);
        Assert.DoesNotContain(key.PlainKey[12..], stored.Hash + stored.Lookup);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_v1_endpoints()
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(doc.RootElement.GetProperty("paths").TryGetProperty("/api/v1/me", out _));
        Assert.False(doc.RootElement.GetProperty("paths").TryGetProperty("/account/logout", out _));
    }

    [Fact]
    public async Task Health_endpoint_checks_the_database()
    {
        var response = await app.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Parallel_calls_with_one_key_all_succeed_and_mark_it_used()
    {
        var key = await NewKeyAsync("并发调用"); // never used: every call below wants to record its first use
        var client = ClientWith(key.PlainKey);

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => client.GetAsync("/api/v1/me")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await using var db = await app.DbAsync();
        var stored = db.ApiKeys.Single(k => k.Id == key.Id);
        Assert.NotNull(stored.LastUsedAtUtc);
        Assert.Equal(0, stored.Version); // a hint, not a change: revoking from a page opened earlier still works
    }
}
