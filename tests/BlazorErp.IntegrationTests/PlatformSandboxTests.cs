using System.Text.Json;
using BlazorErp.Core.Platforms.Top;
using BlazorErp.PlatformSandbox.Top;

namespace BlazorErp.IntegrationTests;

/// <summary>The TOP client against the stand-in over real HTTP: signing, TOP's errors, retries.</summary>
public class PlatformSandboxTests(SandboxHost sandbox) : IClassFixture<SandboxHost>
{
    private TopClient Client(string secret = SandboxHost.AppSecret, TimeProvider? clock = null) =>
        new(new HttpClient { BaseAddress = sandbox.BaseAddress }, clock ?? TimeProvider.System,
            new TopClientOptions { MaxRetries = 6, FirstRetryDelay = TimeSpan.FromMilliseconds(20) });

    private static TopCredentials Credentials(string secret = SandboxHost.AppSecret, string session = SandboxHost.Session, string method = "hmac-sha256") =>
        new(SandboxHost.AppKey, secret, session, method);

    private static Dictionary<string, string?> Window(DateTime from, DateTime to) => new()
    {
        ["fields"] = "tid,status,modified", ["start_modified"] = from.ToString("yyyy-MM-dd HH:mm:ss"), ["end_modified"] = to.ToString("yyyy-MM-dd HH:mm:ss"),
    };

    private static DateTime NowChina => DateTime.UtcNow.AddHours(8);

    [Theory]
    [InlineData("md5", "74BE462D9C3A3B2716F500AD2B7BE64B")]
    [InlineData("hmac", "8044AA0E2B524AE2648A81509C8E89AF")]
    [InlineData("hmac-sha256", "466DA613193B3932FDD569D5A64BC6CCDFCC854EBA48D2C1E543EE591A254F6B")]
    public void The_stand_in_checks_signatures_with_the_same_reference_vectors(string method, string expected) =>
        Assert.Equal(expected, TopSignature.Compute(new Dictionary<string, string>
        {
            ["method"] = "taobao.trades.sold.increment.get", ["app_key"] = "12345678", ["session"] = "sess-abc",
            ["timestamp"] = "2026-11-22 10:00:00", ["format"] = "json", ["v"] = "2.0", ["sign_method"] = method,
            ["start_modified"] = "2026-11-22 09:00:00", ["end_modified"] = "2026-11-22 09:30:00", ["page_no"] = "1",
            ["page_size"] = "100", ["fields"] = "tid,status,modified", ["empty"] = "",
        }, "helloworld", method));

    [Theory]
    [InlineData("md5")]
    [InlineData("hmac")]
    [InlineData("hmac-sha256")]
    public async Task A_signed_call_returns_the_shops_trades(string signMethod)
    {
        var from = NowChina.AddHours(-5);
        var tids = await sandbox.GenerateAsync(3, from, from.AddMinutes(10));

        var response = await Client().CallAsync("taobao.trades.sold.increment.get", Credentials(method: signMethod), Window(from, from.AddMinutes(10)));

        var returned = response.GetProperty("trades").GetProperty("trade").EnumerateArray().Select(t => t.GetProperty("tid").GetInt64()).ToList();
        Assert.Subset(returned.ToHashSet(), tids.ToHashSet());
        var trade = response.GetProperty("trades").GetProperty("trade")[0];
        Assert.Equal("WAIT_SELLER_SEND_GOODS", trade.GetProperty("status").GetString());
        Assert.True(trade.GetProperty("orders").GetProperty("order").GetArrayLength() >= 1);
    }

    [Fact]
    public async Task A_wrong_secret_is_TOPs_invalid_signature()
    {
        var error = await Assert.ThrowsAsync<TopApiException>(() =>
            Client().CallAsync("taobao.trades.sold.increment.get", Credentials(secret: "not-the-secret"), Window(NowChina.AddHours(-1), NowChina)));
        Assert.Equal(25, error.Code);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task An_unknown_session_and_a_stale_clock_are_refused_with_their_own_codes()
    {
        var session = await Assert.ThrowsAsync<TopApiException>(() =>
            Client().CallAsync("taobao.trades.sold.increment.get", Credentials(session: "sess-unknown"), Window(NowChina.AddHours(-1), NowChina)));
        Assert.Equal(27, session.Code);

        var stale = await Assert.ThrowsAsync<TopApiException>(() =>
            Client(clock: new FixedClock(DateTimeOffset.UtcNow.AddMinutes(-15))).CallAsync("taobao.trades.sold.increment.get", Credentials(), Window(NowChina.AddHours(-1), NowChina)));
        Assert.Equal(32, stale.Code);
    }

    [Fact]
    public async Task A_window_over_one_day_is_an_invalid_argument()
    {
        var error = await Assert.ThrowsAsync<TopApiException>(() =>
            Client().CallAsync("taobao.trades.sold.increment.get", Credentials(), Window(NowChina.AddDays(-3), NowChina)));
        Assert.Equal((41, "isv.invalid-parameter:end_modified"), (error.Code, error.SubCode));
    }

    [Fact]
    public async Task Server_errors_and_call_limits_are_retried_until_the_call_goes_through()
    {
        sandbox.Faults.ServerErrorRate = 0.5;
        sandbox.Faults.CallsPerSecond = 3;
        try
        {
            var client = Client();
            for (var i = 0; i < 10; i++)
            {
                var response = await client.CallAsync("taobao.trades.sold.increment.get", Credentials(), Window(NowChina.AddHours(-1), NowChina));
                Assert.Equal(JsonValueKind.Number, response.GetProperty("total_results").ValueKind);
            }
        }
        finally
        {
            sandbox.Faults.ServerErrorRate = 0;
            sandbox.Faults.CallsPerSecond = 0;
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
