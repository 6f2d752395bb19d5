using BlazorErp.Core.Common;

namespace BlazorErp.Core.AfterSales;

/// <summary>How far a shop's platform refunds have been read (China time, TOP's clock), so each round asks only for what moved since.</summary>
public sealed class RefundSyncCursor : Entity
{
    public long ShopId { get; private set; }
    public DateTime SyncedToChina { get; private set; }

    private RefundSyncCursor() { }

    public RefundSyncCursor(long shopId, DateTime syncedToChina) => (ShopId, SyncedToChina) = (shopId, syncedToChina);

    public void MoveTo(DateTime syncedToChina) => SyncedToChina = syncedToChina;
}
