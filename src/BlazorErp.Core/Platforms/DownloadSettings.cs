namespace BlazorErp.Core.Platforms;

/// <summary>
/// <see cref="Lag"/>: the newest stretch of time is left for the next run, because platforms index modifications
/// with a short delay — a minute by default, <c>Platforms:DownloadLagSeconds</c> where a platform is known to be quicker.
/// </summary>
public sealed record DownloadSettings(TimeSpan Lag)
{
    public static readonly DownloadSettings Default = new(TimeSpan.FromMinutes(1));
}
