using BlazorErp.Core.Common;

namespace BlazorErp.Core.Platforms;

/// <summary>
/// 原始单: a trade exactly as the platform sent it, keyed by (shop, tid), kept for audit and re-sync.
/// Replaced only by a strictly newer version (platform modified time), so downloading the same window
/// again, or pages that overlap, never duplicate or roll a trade back.
/// </summary>
public sealed class RawTrade : Entity
{
    public long ShopId { get; private set; }
    public long Tid { get; private set; }
    public string Status { get; private set; } = "";
    /// <summary>The platform's modified time (China time, as TOP reports it).</summary>
    public DateTime ModifiedChina { get; private set; }
    public string Json { get; private set; } = "{}";
    public DateTime FirstDownloadedAtUtc { get; private set; }
    public DateTime LastChangedAtUtc { get; private set; }

    private RawTrade() { }

    public RawTrade(long shopId, long tid, string status, DateTime modifiedChina, string json, DateTime nowUtc)
    {
        ShopId = shopId;
        Tid = tid;
        (Status, ModifiedChina, Json) = (status, modifiedChina, json);
        FirstDownloadedAtUtc = LastChangedAtUtc = nowUtc;
    }

    /// <summary>Takes the downloaded version if it is newer; says whether it did.</summary>
    public bool Refresh(string status, DateTime modifiedChina, string json, DateTime nowUtc)
    {
        if (modifiedChina <= ModifiedChina) return false;
        (Status, ModifiedChina, Json, LastChangedAtUtc) = (status, modifiedChina, json, nowUtc);
        return true;
    }
}

/// <summary>How far a shop's trades have been downloaded: advanced only after a whole window is stored.</summary>
public sealed class ShopDownloadCursor : Entity
{
    public long ShopId { get; private set; }
    public DateTime DownloadedUntilChina { get; private set; }

    private ShopDownloadCursor() { }

    public ShopDownloadCursor(long shopId, DateTime startChina) => (ShopId, DownloadedUntilChina) = (shopId, startChina);

    public void Advance(DateTime toChina)
    {
        if (toChina > DownloadedUntilChina) DownloadedUntilChina = toChina;
    }
}

public enum DownloadStatus { Running, Succeeded, Failed }

/// <summary>抓单记录: one window of one shop's download, with what it found.</summary>
public sealed class DownloadRun : Entity
{
    public long ShopId { get; private set; }
    public DateTime FromChina { get; private set; }
    public DateTime ToChina { get; private set; }
    public DateTime StartedAtUtc { get; private set; }
    public DateTime? FinishedAtUtc { get; private set; }
    public DownloadStatus Status { get; private set; }
    public int Pages { get; private set; }
    public int New { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public string? Error { get; private set; }

    private DownloadRun() { }

    public DownloadRun(long shopId, DateTime fromChina, DateTime toChina, DateTime nowUtc) =>
        (ShopId, FromChina, ToChina, StartedAtUtc, Status) = (shopId, fromChina, toChina, nowUtc, DownloadStatus.Running);

    public void Succeed(int pages, int created, int updated, int unchanged, DateTime nowUtc) =>
        (Pages, New, Updated, Unchanged, Status, FinishedAtUtc) = (pages, created, updated, unchanged, DownloadStatus.Succeeded, nowUtc);

    public void Fail(string error, DateTime nowUtc) => (Error, Status, FinishedAtUtc) = (error.Length > 500 ? error[..500] : error, DownloadStatus.Failed, nowUtc);
}
