using BlazorErp.Core.Common;

namespace BlazorErp.Core.Review;

/// <summary>
/// 正在处理: the clerk who opened an order holds it for a lease that the open editor renews. Kept in the
/// database (not in memory) so it survives restarts and works across servers; an expired lease is free.
/// </summary>
public sealed class OrderClaim : Entity
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(90);

    public long OrderId { get; private set; }
    public string HolderId { get; private set; } = "";
    public string HolderName { get; private set; } = "";
    public DateTime ExpiresAtUtc { get; private set; }
    /// <summary>Who took it over from the holder, so the holder's editor can say so.</summary>
    public string? TakenFromName { get; private set; }

    private OrderClaim() { }

    public OrderClaim(long orderId, string holderId, string holderName, DateTime nowUtc)
    {
        OrderId = orderId;
        Hold(holderId, holderName, nowUtc);
    }

    public bool IsActive(DateTime nowUtc) => ExpiresAtUtc > nowUtc;

    public bool IsHeldBy(string userId, DateTime nowUtc) => HolderId == userId && IsActive(nowUtc);

    /// <summary>Claim or renew: only when free, expired, or already ours.</summary>
    public bool TryHold(string userId, string userName, DateTime nowUtc)
    {
        if (IsActive(nowUtc) && HolderId != userId) return false;
        if (HolderId != userId) TakenFromName = null;
        Hold(userId, userName, nowUtc);
        return true;
    }

    /// <summary>接管: anyone may take over an active claim; the previous holder is told by its editor.</summary>
    public void TakeOver(string userId, string userName, DateTime nowUtc)
    {
        if (HolderId != userId) TakenFromName = HolderName;
        Hold(userId, userName, nowUtc);
    }

    public void Release(string userId, DateTime nowUtc)
    {
        if (HolderId == userId) ExpiresAtUtc = nowUtc;
    }

    private void Hold(string userId, string userName, DateTime nowUtc) =>
        (HolderId, HolderName, ExpiresAtUtc) = (userId, userName, nowUtc + Lease);
}
