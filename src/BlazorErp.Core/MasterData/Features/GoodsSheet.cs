namespace BlazorErp.Core.MasterData.Features;

/// <summary>The goods spreadsheet (货品导入/导出): one row per SKU, Chinese headers as staff type them.</summary>
public static class GoodsSheet
{
    public const string GoodsName = "货品名称";
    public const string Category = "分类";
    public const string Brand = "品牌";
    public const string Unit = "单位";
    public const string SpecName = "规格名称";
    public const string MerchantCode = "商家编码";
    public const string Barcodes = "条形码";
    public const string RetailPrice = "零售价";
    public const string MinPrice = "最低价";
    public const string Cost = "成本价";
    public const string WeightGrams = "重量(克)";
    /// <summary>Optional: a sheet without this column leaves the pictures as they are.</summary>
    public const string ImageUrl = "图片地址";

    public static readonly IReadOnlyList<string> Columns =
        [GoodsName, Category, Brand, Unit, SpecName, MerchantCode, Barcodes, RetailPrice, MinPrice, Cost, WeightGrams, ImageUrl];

    public static readonly IReadOnlyList<string> Required = [GoodsName, MerchantCode, RetailPrice];

    /// <summary>Several barcodes share one cell, separated the ways people separate them.</summary>
    public static IReadOnlyList<string> SplitBarcodes(string? cell) =>
        string.IsNullOrWhiteSpace(cell) ? [] : cell.Split([',', '，', ';', '；', '/', '、', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string JoinBarcodes(IEnumerable<string> barcodes) => string.Join(",", barcodes);
}
