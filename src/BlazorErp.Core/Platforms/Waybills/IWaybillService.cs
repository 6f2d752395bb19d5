using BlazorErp.Core.Platforms.Top;

namespace BlazorErp.Core.Platforms.Waybills;

/// <summary>
/// The capability "e-waybill numbers" of a shop's platform account (Cainiao: cainiao.waybill.ii.*). Refusals surface as
/// <see cref="TopApiException"/> with the platform's words.
/// </summary>
public interface IWaybillService
{
    /// <summary>Reserves a number for the parcel, or returns the one it already holds.</summary>
    Task<Waybill> ReserveAsync(TopCredentials credentials, WaybillRequest request, CancellationToken cancellationToken = default);

    /// <summary>Voids a number (order rejected, refunded or reversed); a cancelled or unknown number is refused.</summary>
    Task CancelAsync(TopCredentials credentials, string cpCode, string waybillCode, CancellationToken cancellationToken = default);

    /// <summary>Confirms one print of the number; returns how many times it has now been printed (more than 1: a reprint).</summary>
    Task<int> MarkPrintedAsync(TopCredentials credentials, string cpCode, string waybillCode, CancellationToken cancellationToken = default);

    /// <summary>Balance and allocated / cancelled / printed counts per courier branch, for one courier or all.</summary>
    Task<IReadOnlyList<WaybillCounts>> CountsAsync(TopCredentials credentials, string? cpCode = null, CancellationToken cancellationToken = default);
}
