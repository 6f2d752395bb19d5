using BlazorErp.Core.Common;

namespace BlazorErp.Core.MasterData;

/// <summary>货品: what we sell, with one or more SKUs (规格). Rules about SKUs live here and on <see cref="Sku"/>.</summary>
public sealed class Goods : Entity
{
    private readonly List<Sku> _skus = [];

    public string Name { get; private set; } = "";
    public string? Category { get; private set; }
    public string? Brand { get; private set; }
    public string Unit { get; private set; } = "件";
    public IReadOnlyList<Sku> Skus => _skus;

    private Goods() { }

    public Goods(string name, string? category, string? brand, string? unit) => Describe(name, category, brand, unit);

    /// <returns>Whether anything changed.</returns>
    public bool Describe(string name, string? category, string? brand, string? unit)
    {
        var before = (Name, Category, Brand, Unit);
        Name = name.Trim();
        Category = Blank(category);
        Brand = Blank(brand);
        Unit = Blank(unit) ?? "件";
        return (Name, Category, Brand, Unit) != before;
    }

    public Result<Sku> AddSku(SkuDetails details)
    {
        if (Sku.Check(details) is { } error) return error;
        var sku = new Sku(this, details);
        _skus.Add(sku);
        return sku;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The editable facts of a SKU, as a form or an import row gives them.</summary>
public sealed record SkuDetails(
    string MerchantCode, string? SpecName, IReadOnlyList<string> Barcodes,
    decimal RetailPrice, decimal MinPrice, decimal Cost, int WeightGrams, string? ImageUrl = null);

public sealed record SkuBarcode(string Code);

/// <summary>A component of a combo (组合装): this SKU, this many per combo.</summary>
public sealed record ComboItem(long ComponentSkuId, int Quantity);

/// <summary>
/// 规格: the unit that is priced, stocked and picked. A combo SKU has no stock of its own; stock and
/// picking use its components.
/// </summary>
public sealed class Sku : Entity
{
    private List<SkuBarcode> _barcodes = [];
    private List<ComboItem> _comboItems = [];

    public long GoodsId { get; private set; }
    public Goods Goods { get; private set; } = default!;
    public string MerchantCode { get; private set; } = "";
    /// <summary>Upper-case <see cref="MerchantCode"/>, unique: see <see cref="MasterData.MerchantCode.Key"/>.</summary>
    public string MerchantCodeKey { get; private set; } = "";
    public string? SpecName { get; private set; }
    public decimal RetailPrice { get; private set; }
    public decimal MinPrice { get; private set; }
    public decimal Cost { get; private set; }
    public int WeightGrams { get; private set; }
    public string? ImageUrl { get; private set; }
    public bool Active { get; private set; } = true;
    public IReadOnlyList<SkuBarcode> Barcodes => _barcodes;
    public IReadOnlyList<ComboItem> ComboItems => _comboItems;
    public bool IsCombo => _comboItems.Count > 0;

    private Sku() { }

    internal Sku(Goods goods, SkuDetails details)
    {
        Goods = goods;
        Apply(details);
    }

    /// <summary>Field rules of a SKU (uniqueness is checked against the database by the feature).</summary>
    public static Error? Check(SkuDetails details)
    {
        if (MasterData.MerchantCode.Check(details.MerchantCode) is { } codeError) return codeError;
        if (details.RetailPrice < 0 || details.MinPrice < 0 || details.Cost < 0) return new Error("Sku.NegativePrice");
        if (details.MinPrice > details.RetailPrice && details.RetailPrice > 0) return new Error("Sku.MinAboveRetail");
        if (details.WeightGrams < 0) return new Error("Sku.NegativeWeight");
        foreach (var barcode in details.Barcodes)
            if (barcode.Length == 0 || barcode.Any(char.IsWhiteSpace) || barcode.Length > 32) return new Error("Sku.BarcodeInvalid", barcode);
        if (details.Barcodes.Distinct().Count() != details.Barcodes.Count) return new Error("Sku.BarcodeRepeated");
        return CheckImageUrl(details.ImageUrl);
    }

    public const int ImageUrlMaxLength = 400;

    /// <summary>
    /// The picture staff see in lists and on the pick list: blank, or an absolute http(s) address a browser can load
    /// (a local path such as D:\图片\虾.jpg is the usual mistake).
    /// </summary>
    public static Error? CheckImageUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var text = url.Trim();
        if (text.Length > ImageUrlMaxLength) return new Error("Sku.ImageUrlTooLong", ImageUrlMaxLength);
        if (text.Any(char.IsWhiteSpace) || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
            return new Error("Sku.ImageUrlInvalid", text);
        return null;
    }

    /// <summary>Takes the details when they pass the rules; the value says whether anything changed (an import counts it).</summary>
    public Result<bool> Update(SkuDetails details)
    {
        if (Check(details) is { } error) return error;
        return Apply(details);
    }

    private bool Apply(SkuDetails details)
    {
        var before = (MerchantCode, SpecName, RetailPrice, MinPrice, Cost, WeightGrams, ImageUrl);
        MerchantCode = details.MerchantCode;
        MerchantCodeKey = MasterData.MerchantCode.Key(details.MerchantCode);
        SpecName = string.IsNullOrWhiteSpace(details.SpecName) ? null : details.SpecName.Trim();
        RetailPrice = details.RetailPrice;
        MinPrice = details.MinPrice;
        Cost = details.Cost;
        WeightGrams = details.WeightGrams;
        ImageUrl = string.IsNullOrWhiteSpace(details.ImageUrl) ? null : details.ImageUrl.Trim();
        var barcodesChanged = OwnedRows.Replace(ref _barcodes, details.Barcodes.Select(b => new SkuBarcode(b)).ToList());
        return barcodesChanged || (MerchantCode, SpecName, RetailPrice, MinPrice, Cost, WeightGrams, ImageUrl) != before;
    }

    /// <summary>Makes this SKU a combo of others. Components must be plain SKUs (no nesting) and not this one.</summary>
    public Result SetComboItems(IReadOnlyList<(Sku Component, int Quantity)> items)
    {
        if (items.Any(i => ReferenceEquals(i.Component, this) || (Id != 0 && i.Component.Id == Id)))
            return new Error("Combo.ContainsItself");
        if (items.Any(i => i.Component.IsCombo)) return new Error("Combo.Nested");
        if (items.Any(i => i.Quantity <= 0)) return new Error("Combo.QuantityInvalid");
        if (items.GroupBy(i => i.Component.Id).Any(g => g.Count() > 1)) return new Error("Combo.ComponentRepeated");
        OwnedRows.Replace(ref _comboItems, items.Select(i => new ComboItem(i.Component.Id, i.Quantity)).ToList());
        return Result.Ok();
    }

    /// <summary>What stock and picking see for <paramref name="quantity"/> of this SKU: itself, or its components.</summary>
    public IReadOnlyList<(long SkuId, int Quantity)> Expand(int quantity) =>
        IsCombo ? _comboItems.Select(c => (c.ComponentSkuId, c.Quantity * quantity)).ToList() : [(Id, quantity)];

    /// <summary>A SKU with history is never deleted, only deactivated.</summary>
    public void SetActive(bool active) => Active = active;
}
