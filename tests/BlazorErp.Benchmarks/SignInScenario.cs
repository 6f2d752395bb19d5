using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using BlazorErp.Testing;

namespace BlazorErp.Benchmarks;

/// <summary>
/// Sign-in requests per second through the real form (antiforgery token, password hash check, cookie),
/// several clients at once. The password hash (PBKDF2) is deliberately slow, so it bounds the figure.
/// </summary>
public sealed partial class SignInScenario : IScenario
{
    private const string Password = "Demo@2026";
    private static readonly string[] Users = ["admin", "reviewer", "warehouse", "aftersales", "finance", "manager"];

    public string Description => "sign-in requests/s through the login form, 8 concurrent clients";
    public int DefaultSize => 200;

    public async Task<ResultTable> RunAsync(int size)
    {
        await using var app = AppProcess.Start();
        await app.WaitUntilReadyAsync();
        await SignInOnceAsync(app.BaseUrl, "admin"); // warm-up: JIT, first hash

        const int clients = 8;
        var latencies = new List<double>();
        var failures = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < size)
            {
                var one = Stopwatch.StartNew();
                var ok = await SignInOnceAsync(app.BaseUrl, Users[next % Users.Length]);
                lock (latencies) latencies.Add(one.Elapsed.TotalMilliseconds);
                if (!ok) Interlocked.Increment(ref failures);
            }
        }));
        var elapsed = clock.Elapsed;

        var table = new ResultTable("sign-ins", "clients", "failed", "sign-ins/s", "p50 (ms)", "p95 (ms)");
        table.Add(size, clients, failures, size / elapsed.TotalSeconds, Stats.Percentile(latencies, 50), Stats.Percentile(latencies, 95));
        return table;
    }

    /// <summary>GET the form (token + antiforgery cookie), POST the credentials: a 302 with the auth cookie is success.</summary>
    private static async Task<bool> SignInOnceAsync(string baseUrl, string user)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        var form = await http.GetStringAsync("/account/login");
        var token = Token().Match(form).Groups[1].Value;
        var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = token, ["Input.UserName"] = user, ["Input.Password"] = Password,
        }));
        return response.StatusCode == HttpStatusCode.Redirect
               && response.Headers.TryGetValues("Set-Cookie", out var cookies)
               && cookies.Any(c => c.StartsWith(".AspNetCore.Identity.Application", StringComparison.Ordinal));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
