using System.Net.Http.Json;
using BlazorErp.PlatformSandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BlazorErp.IntegrationTests;

/// <summary>The platform stand-in on a real port of 127.0.0.1, with an in-memory store of its own.</summary>
public sealed class SandboxHost : IAsyncLifetime
{
    public const string AppKey = "12345678", AppSecret = "sandbox-secret", Session = "sess-hongyun", Seller = "鸿运旗舰店";
    private WebApplication _app = default!;

    public Uri BaseAddress { get; private set; } = default!;
    public HttpClient Admin { get; private set; } = default!;
    public SandboxFaults Faults => _app.Services.GetRequiredService<SandboxFaults>();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddPlatformSandbox(":memory:");
        lock (ErpFactory.HostBuilding) _app = builder.Build();
        _app.MapPlatformSandbox();
        await _app.Services.EnsureSandboxCreatedAsync();
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        Admin = new HttpClient { BaseAddress = BaseAddress };
        (await Admin.PostAsJsonAsync("sandbox/apps", new AppInput(AppKey, AppSecret))).EnsureSuccessStatusCode();
        var items = Enumerable.Range(1, 20).Select(i => new ItemInput(600_000 + i, 800_000 + i, $"洪湖鲜活基围虾 {i}", $"规格:{i * 100}g", $"XIA-{i}", $"XIA-{i:00}", 9.9m + i, 100)).ToList();
        (await Admin.PostAsJsonAsync("sandbox/shops", new ShopInput(Session, AppKey, Seller, 11, items))).EnsureSuccessStatusCode();
    }

    /// <summary>Generates <paramref name="count"/> paid trades spread over [from, to] (China time); returns their tids.</summary>
    public async Task<List<long>> GenerateAsync(int count, DateTime fromChina, DateTime toChina)
    {
        var response = await Admin.PostAsJsonAsync($"sandbox/shops/{Session}/trades", new GenerateInput(count, fromChina, toChina));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<List<long>>())!;
    }

    public async Task DisposeAsync()
    {
        Admin?.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
