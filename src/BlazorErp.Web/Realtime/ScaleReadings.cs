namespace BlazorErp.Web.Realtime;

/// <summary>
/// Weights sent by scale clients (a small agent next to the scale, connected to <see cref="QueueHub"/>) to the
/// weighing page of their station. Transient device input, not business state: nothing is stored.
/// </summary>
public sealed class ScaleReadings
{
    public event Action<string, decimal>? Weighed;

    public void Report(string station, decimal kg) => Weighed?.Invoke(station.Trim(), kg);
}
