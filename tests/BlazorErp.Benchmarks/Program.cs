using BlazorErp.Benchmarks;

// dotnet run -c Release --project tests/BlazorErp.Benchmarks -- <scenario> [--size N]
var scenarios = new Dictionary<string, IScenario>(StringComparer.OrdinalIgnoreCase)
{
    ["startup"] = new StartupScenario(),
    ["signin"] = new SignInScenario(),
    ["stock"] = new StockScenario(),
    ["goods-import"] = new GoodsImportScenario(),
    ["import"] = new ImportScenario(),
    ["approve"] = new ApproveScenario(),
    ["fanout"] = new FanoutScenario(),
    ["ship"] = new ShipScenario(),
    ["print"] = new PrintScenario(),
    ["dashboard"] = new DashboardScenario(),
    ["reconcile"] = new ReconcileScenario(),
};

if (args.Length == 0 || !scenarios.TryGetValue(args[0], out var scenario))
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/BlazorErp.Benchmarks -- <scenario> [--size N]");
    Console.Error.WriteLine("scenarios:");
    foreach (var (name, s) in scenarios) Console.Error.WriteLine($"  {name,-10} {s.Description} (default size {s.DefaultSize})");
    return 2;
}

var sizeIndex = Array.IndexOf(args, "--size");
var size = sizeIndex >= 0 && sizeIndex + 1 < args.Length && int.TryParse(args[sizeIndex + 1], out var n) && n > 0 ? n : scenario.DefaultSize;
#if DEBUG
Console.Error.WriteLine("warning: Debug build; run with -c Release for figures worth recording");
#endif
var table = await scenario.RunAsync(size);
Console.WriteLine($"## {args[0]} (size {size}, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
Console.WriteLine();
Console.WriteLine(table.ToMarkdown());
foreach (var failure in table.Failures) Console.WriteLine("FAILED: " + failure);
return table.Failures.Count == 0 ? 0 : 1;
