using BlazorErp.Core.Common;

namespace BlazorErp.Core.Platforms;

public enum ShipSyncStatus { Pending, Succeeded, Failed }

/// <summary>
/// 发货同步: tell the platform one parcel shipped (courier and tracking number; for a split order the
/// sub-orders in this parcel). Durable: a job waits in the database until the platform has it, so restarts
/// lose nothing; transient failures back off, refusals keep the platform's words for the sync page.
/// </summary>
public sealed class ShipSyncJob : Entity
{
    public long ShopId { get; private set; }
    public long Tid { get; private set; }
    /// <summary>Comma-separated platform line ids for a split parcel; null when the parcel is the whole trade.</summary>
    public string? SubTids { get; private set; }
    public string CompanyCode { get; private set; } = "";
    public string TrackingNo { get; private set; } = "";
    public ShipSyncStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTime NextAttemptAtUtc { get; private set; }
    public string? LastError { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? SucceededAtUtc { get; private set; }

    public bool IsSplit => SubTids is not null;

    private ShipSyncJob() { }

    public ShipSyncJob(long shopId, long tid, IReadOnlyCollection<long>? subTids, string companyCode, string trackingNo, DateTime nowUtc)
    {
        ShopId = shopId;
        Tid = tid;
        SubTids = subTids is { Count: > 0 } ? string.Join(",", subTids.Order()) : null;
        CompanyCode = companyCode.Trim().ToUpperInvariant();
        TrackingNo = trackingNo.Trim();
        Status = ShipSyncStatus.Pending;
        CreatedAtUtc = NextAttemptAtUtc = nowUtc;
    }

    public void Succeed(DateTime nowUtc) => (Status, SucceededAtUtc, LastError, Attempts) = (ShipSyncStatus.Succeeded, nowUtc, null, Attempts + 1);

    /// <summary>Try again later: 1, 2, 4 … minutes, at most an hour apart.</summary>
    public void Postpone(string error, DateTime nowUtc)
    {
        Attempts++;
        LastError = Trim(error);
        NextAttemptAtUtc = nowUtc.AddMinutes(Math.Min(60, Math.Pow(2, Math.Min(Attempts - 1, 6))));
    }

    /// <summary>The platform refused it: a person has to look (wrong courier code, trade closed …).</summary>
    public void Fail(string error, DateTime nowUtc) => (Status, LastError, Attempts, NextAttemptAtUtc) = (ShipSyncStatus.Failed, Trim(error), Attempts + 1, nowUtc);

    public Result Retry(DateTime nowUtc)
    {
        if (Status == ShipSyncStatus.Succeeded) return new Error("ShipSync.AlreadyDone");
        (Status, NextAttemptAtUtc) = (ShipSyncStatus.Pending, nowUtc);
        return Result.Ok();
    }

    private static string Trim(string error) => error.Length > 400 ? error[..400] : error;
}
