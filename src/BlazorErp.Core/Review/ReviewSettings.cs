using BlazorErp.Core.Common;

namespace BlazorErp.Core.Review;

/// <summary>Merchant-wide review settings: which provinces count as remote areas (超区). One row.</summary>
public sealed class ReviewSettings : Entity
{
    /// <summary>新疆, 西藏, 内蒙古: where couriers charge extra or do not go, so orders are parked instead of approved.</summary>
    public static readonly string[] DefaultRemoteProvinces = ["650000", "540000", "150000"];

    public List<string> RemoteProvinceCodes { get; private set; } = [.. DefaultRemoteProvinces];

    public void SetRemoteProvinces(IEnumerable<string> codes) => RemoteProvinceCodes = codes.Distinct().Order().ToList();
}

/// <summary>Per shop: the auto-review strategy and the price limits of the price check.</summary>
public sealed class ShopReviewSettings : Entity
{
    public long ShopId { get; private set; }
    /// <summary>自动审核: orders that pass every check with nothing to acknowledge are approved without a clerk.</summary>
    public bool AutoApprove { get; private set; }
    public decimal? MaxPostFee { get; private set; }
    /// <summary>Largest discount as a share of the goods total (0.3 = 30 %).</summary>
    public decimal? MaxDiscountRate { get; private set; }

    private ShopReviewSettings() { }

    public ShopReviewSettings(long shopId) => ShopId = shopId;

    public Result Update(bool autoApprove, decimal? maxPostFee, decimal? maxDiscountRate)
    {
        if (maxPostFee < 0 || maxDiscountRate is < 0 or > 1) return new Error("Review.LimitInvalid");
        (AutoApprove, MaxPostFee, MaxDiscountRate) = (autoApprove, maxPostFee, maxDiscountRate);
        return Result.Ok();
    }
}
