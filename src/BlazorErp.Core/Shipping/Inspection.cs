namespace BlazorErp.Core.Shipping;

/// <summary>One stock item of a parcel as the scanner sees it: what it is, the codes that identify it, how many.</summary>
public sealed record ParcelItem(long SkuId, string MerchantCode, string Name, string? Spec, IReadOnlyList<string> Barcodes, int Quantity);

public enum ScanOutcome { Accepted, Complete, WrongItem, TooMany }

/// <summary>
/// 验货: each scan (a barcode, or a merchant code typed by hand) must be one of the parcel's items still missing.
/// A wrong item or one too many is refused and changes nothing. Pure, so the page and the server agree.
/// </summary>
public sealed class Inspection(IReadOnlyList<ParcelItem> items)
{
    private readonly Dictionary<long, int> _scanned = items.ToDictionary(i => i.SkuId, _ => 0);

    public IReadOnlyList<ParcelItem> Items => items;
    public int ScannedOf(long skuId) => _scanned[skuId];
    public bool IsComplete => items.All(i => _scanned[i.SkuId] == i.Quantity);

    public (ScanOutcome Outcome, ParcelItem? Item) Scan(string code)
    {
        var text = code.Trim();
        var item = items.FirstOrDefault(i => i.Barcodes.Contains(text) || string.Equals(i.MerchantCode, text, StringComparison.OrdinalIgnoreCase));
        if (item is null) return (ScanOutcome.WrongItem, null);
        if (_scanned[item.SkuId] >= item.Quantity) return (ScanOutcome.TooMany, item);
        _scanned[item.SkuId]++;
        return (IsComplete ? ScanOutcome.Complete : ScanOutcome.Accepted, item);
    }
}
