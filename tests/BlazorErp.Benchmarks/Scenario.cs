using System.Text;

namespace BlazorErp.Benchmarks;

public interface IScenario
{
    string Description { get; }
    int DefaultSize { get; }
    Task<ResultTable> RunAsync(int size);
}

/// <summary>A markdown table of named measurements.</summary>
public sealed class ResultTable(params string[] columns)
{
    private readonly List<string[]> _rows = [];

    /// <summary>What the scenario found wrong (e.g. oversold stock): printed under the table, and the run exits with 1.</summary>
    public List<string> Failures { get; } = [];

    public void Add(params object[] cells) => _rows.Add(cells.Select(c => c switch
    {
        double d => d.ToString("0.0"),
        TimeSpan t => $"{t.TotalMilliseconds:0} ms",
        _ => c.ToString() ?? "",
    }).ToArray());

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| " + string.Join(" | ", columns) + " |");
        text.AppendLine("|" + string.Concat(columns.Select(_ => "---|")));
        foreach (var row in _rows) text.AppendLine("| " + string.Join(" | ", row) + " |");
        return text.ToString();
    }
}

public static class Stats
{
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Clamp(Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
