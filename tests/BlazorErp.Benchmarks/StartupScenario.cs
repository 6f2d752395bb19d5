using System.Diagnostics;
using BlazorErp.Testing;

namespace BlazorErp.Benchmarks;

/// <summary>
/// Cold start to first page served: process start → the sign-in page answers 200. "First run" starts on an
/// empty folder (migrations and demo seeding included); "restart" reuses the database the first run made.
/// </summary>
public sealed class StartupScenario : IScenario
{
    public string Description => "cold start to first page served (first run on an empty database, then restarts)";
    public int DefaultSize => 5;

    public async Task<ResultTable> RunAsync(int size)
    {
        var firstRuns = new List<double>();
        var restarts = new List<double>();
        for (var i = 0; i < size; i++)
        {
            var folder = Directory.CreateTempSubdirectory("blazorerp-bench-startup-").FullName;
            firstRuns.Add(await TimeToFirstPageAsync(folder));
            restarts.Add(await TimeToFirstPageAsync(folder));
            Directory.Delete(folder, recursive: true);
        }
        var table = new ResultTable("start", "runs", "min (ms)", "median (ms)", "max (ms)");
        table.Add("first run (empty database)", size, firstRuns.Min(), Stats.Percentile(firstRuns, 50), firstRuns.Max());
        table.Add("restart (existing database)", size, restarts.Min(), Stats.Percentile(restarts, 50), restarts.Max());
        return table;
    }

    private static async Task<double> TimeToFirstPageAsync(string folder)
    {
        var clock = Stopwatch.StartNew();
        await using var app = AppProcess.Start(folder);
        await app.WaitUntilReadyAsync("/account/login");
        return clock.Elapsed.TotalMilliseconds;
    }
}
