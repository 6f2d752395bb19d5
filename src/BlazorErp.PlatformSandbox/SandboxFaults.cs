namespace BlazorErp.PlatformSandbox;

/// <summary>Knobs that make the stand-in misbehave the ways real platforms do, for tests and demos. Changeable at run time.</summary>
public sealed class SandboxFaults
{
    /// <summary>Added to every call.</summary>
    public int LatencyMs { get; set; }
    /// <summary>Share of calls answered 503 (0..1).</summary>
    public double ServerErrorRate { get; set; }
    /// <summary>Calls per second allowed per app key before error 7 (0: unlimited).</summary>
    public int CallsPerSecond { get; set; }
    /// <summary>Each page repeats the last trades of the page before it, as TOP does when data moves during paging.</summary>
    public bool DuplicatePages { get; set; }
    /// <summary>Trades within a page come in shuffled order.</summary>
    public bool ReorderPages { get; set; }
    /// <summary>Seed for the fault dice, so a failing test replays the same way.</summary>
    public int Seed { get; set; } = 7;
}
