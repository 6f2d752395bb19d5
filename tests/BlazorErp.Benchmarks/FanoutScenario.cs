using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Claims;
using BlazorErp.Core.Admin;
using BlazorErp.Core.Realtime;
using BlazorErp.Web.Realtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BlazorErp.Benchmarks;

/// <summary>
/// Live-queue fan-out: N SignalR clients (WebSockets on 127.0.0.1) joined to the review queue of our
/// <see cref="QueueHub"/>, fed by <see cref="QueueHubBridge"/> from the in-process notifier, while changes are
/// published at a steady rate (10 a second: a busy floor; 50 a second: a burst) for 250 changes each.
/// Latency is publish → client callback; a gap is a change a client never received. The clients run in the
/// same process on the same two cores as the server, so their JSON parsing competes with it. (Authentication
/// is replaced by a fixed Integration principal: this measures fan-out.)
/// </summary>
public sealed class FanoutScenario : IScenario
{
    private const int Messages = 250;
    private static readonly int[] RatesPerSecond = [10, 50];

    public string Description => "N SignalR clients on the review queue: latency p50/p99 and gaps (sizes 100 and 1000)";
    public int DefaultSize => 100;

    public async Task<ResultTable> RunAsync(int size)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<IQueueNotifier, InProcessQueueNotifier>();
        builder.Services.AddHostedService<QueueHubBridge>();
        await using var app = builder.Build();
        var integration = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "bench"), new Claim(ClaimTypes.Role, Role.Integration)], "bench"));
        app.Use((context, next) => { context.User = integration; return next(); });
        app.MapHub<QueueHub>(QueueHub.Path);
        await app.StartAsync();
        var url = new Uri(new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), QueueHub.Path);

        var sentAt = new ConcurrentDictionary<long, long>();
        var latencies = new ConcurrentDictionary<int, ConcurrentBag<double>>();
        var received = new ConcurrentDictionary<int, ConcurrentDictionary<long, byte>>();
        var connections = new List<HubConnection>();
        for (var c = 0; c < size; c++)
        {
            var client = c;
            received[client] = new();
            var connection = new HubConnectionBuilder().WithUrl(url).Build();
            connection.On<List<QueueChanged>>(QueueHub.Method, batch =>
            {
                var now = Stopwatch.GetTimestamp();
                foreach (var change in batch)
                    if (received[client].TryAdd(change.Id, 0) && sentAt.TryGetValue(change.Id, out var sent))
                        latencies.GetOrAdd((int)change.Version, _ => []).Add(Stopwatch.GetElapsedTime(sent, now).TotalMilliseconds);
            });
            connections.Add(connection);
        }
        // Connect in parallel batches, as a room of screens coming up.
        foreach (var batch in connections.Chunk(50))
            await Task.WhenAll(batch.Select(async connection =>
            {
                await connection.StartAsync();
                await connection.InvokeAsync("Join", Queue.Review);
            }));

        var notifier = app.Services.GetRequiredService<IQueueNotifier>();
        var table = new ResultTable("clients", "changes/s", "changes", "deliveries", "p50", "p99", "max", "gaps", "target");
        long next = 0;
        foreach (var rate in RatesPerSecond)
        {
            var first = next + 1;
            var interval = TimeSpan.FromSeconds(1.0 / rate);
            var clock = Stopwatch.StartNew();
            for (var n = 1; n <= Messages; n++)
            {
                var id = ++next;
                sentAt[id] = Stopwatch.GetTimestamp();
                notifier.Publish([new QueueChanged(Queue.Review, id, rate, QueueChangeKind.Updated)]); // Version carries the rate
                var due = interval * n;
                if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            }
            var deadline = Stopwatch.StartNew();
            int Missing() => received.Values.Sum(r => (int)(next - first + 1) - r.Keys.Count(k => k >= first));
            while (Missing() > 0 && deadline.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(100);
            var values = latencies.GetValueOrDefault(rate)?.ToList() ?? [];
            table.Add(size, rate, Messages, values.Count, $"{Stats.Percentile(values, 50):0.0} ms", $"{Stats.Percentile(values, 99):0.0} ms",
                $"{values.Max():0.0} ms", Missing(), "p99 ≤ 250 ms, 0 gaps");
        }
        foreach (var connection in connections) await connection.DisposeAsync();
        await app.StopAsync();
        return table;
    }
}
