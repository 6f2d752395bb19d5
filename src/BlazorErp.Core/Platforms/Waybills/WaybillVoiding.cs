using BlazorErp.Core.MasterData;
using BlazorErp.Core.Platforms.Top;

namespace BlazorErp.Core.Platforms.Waybills;

public static class WaybillVoiding
{
    /// <summary>
    /// Gives a parcel's number back (order rejected, refunded or reversed). Already cancelled counts as done; any other
    /// refusal is returned as the platform's words for the caller to show — the business change it follows stands.
    /// </summary>
    public static async Task<string?> VoidAsync(this IWaybillService waybills, Shop shop, string cpCode, string trackingNo, ISecretProtector protector,
        CancellationToken cancellationToken = default)
    {
        if (!shop.HasCredentials) return null;
        try
        {
            await waybills.CancelAsync(TopCredentials.Of(shop, protector), cpCode, trackingNo, cancellationToken);
            return null;
        }
        catch (TopApiException e) when (e.SubCode == TopWaybillService.AlreadyCancelled)
        {
            return null;
        }
        catch (TopApiException e)
        {
            return e.PlatformMessage;
        }
        catch (HttpRequestException e)
        {
            return e.Message; // the platform is unreachable: the number stays live until voided by hand
        }
    }
}
