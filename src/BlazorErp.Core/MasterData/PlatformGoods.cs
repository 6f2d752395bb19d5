using BlazorErp.Core.Common;

namespace BlazorErp.Core.MasterData;

/// <summary>
/// 平台货品: a listing SKU as the platform knows it, matched to our SKU by its outer (merchant) code.
/// Unmatched listings are reported with the reason, never guessed (旺店通 §3).
/// </summary>
public sealed class PlatformGoods : Entity
{
    public long ShopId { get; private set; }
    public string PlatformItemId { get; private set; } = "";
    public string PlatformSkuId { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string? Properties { get; private set; }
    public string? OuterCode { get; private set; }
    public long? MatchedSkuId { get; private set; }
    /// <summary>Why it is not matched: a Strings key such as "PlatformGoods.NoOuterCode" (null when matched).</summary>
    public string? UnmatchedReason { get; private set; }

    private PlatformGoods() { }

    public PlatformGoods(long shopId, string itemId, string skuId, string title, string? properties, string? outerCode)
    {
        ShopId = shopId;
        PlatformItemId = itemId;
        PlatformSkuId = skuId;
        Refresh(title, properties, outerCode);
    }

    public void Refresh(string title, string? properties, string? outerCode)
    {
        Title = title;
        Properties = properties;
        OuterCode = outerCode;
    }

    /// <summary>Matches by exact merchant code (case-insensitive key); a blank or unknown code stays unmatched with its reason.</summary>
    public void Match(Func<string, long?> skuIdByMerchantCodeKey)
    {
        if (string.IsNullOrWhiteSpace(OuterCode))
            (MatchedSkuId, UnmatchedReason) = (null, "PlatformGoods.NoOuterCode");
        else if (MerchantCode.Check(OuterCode) is not null)
            (MatchedSkuId, UnmatchedReason) = (null, "PlatformGoods.OuterCodeHasSpaces");
        else if (skuIdByMerchantCodeKey(MerchantCode.Key(OuterCode)) is { } skuId)
            (MatchedSkuId, UnmatchedReason) = (skuId, null);
        else
            (MatchedSkuId, UnmatchedReason) = (null, "PlatformGoods.UnknownCode");
    }
}
