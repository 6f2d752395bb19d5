using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace BlazorErp.IntegrationTests;

public class GoodsImportTests(ErpFactory app) : IClassFixture<ErpFactory>
{
    private static MemoryStream Sheet(params Dictionary<string, object?>[] rows)
    {
        var stream = new MemoryStream();
        stream.SaveAs(rows);
        stream.Position = 0;
        return stream;
    }

    private static Dictionary<string, object?> Row(string name, string code, string? barcodes = null, object? retail = null, object? weight = null) => new()
    {
        [GoodsSheet.GoodsName] = name, [GoodsSheet.Category] = "生鲜", [GoodsSheet.Brand] = "伽元", [GoodsSheet.Unit] = "袋",
        [GoodsSheet.SpecName] = "500g", [GoodsSheet.MerchantCode] = code, [GoodsSheet.Barcodes] = barcodes,
        [GoodsSheet.RetailPrice] = retail ?? 39.9, [GoodsSheet.MinPrice] = 29.9, [GoodsSheet.Cost] = 18, [GoodsSheet.WeightGrams] = weight ?? 520,
    };

    private Task<ImportReport> ImportAsync(Stream sheet) => app.AsUserAsync("admin", sp => sp.GetRequiredService<ImportGoods>().HandleAsync(sheet));

    private async Task<int> SkuCountAsync(string prefix)
    {
        await using var db = await app.DbAsync();
        return await db.Set<Sku>().CountAsync(s => s.MerchantCode.StartsWith(prefix));
    }

    [Fact]
    public async Task One_bad_row_reports_every_problem_and_imports_nothing()
    {
        var report = await ImportAsync(Sheet(
            Row("鲜虾", "IMP-XIA-500", "6901000000011"),
            Row("泡藕带", "IMP-OUDAI 300", "6901000000028"),        // row 3: space inside the code
            Row("泡藕带", "IMP-OUDAI-600", "6901000000011"),        // row 4: barcode of row 2
            Row("莲藕", "IMP-LIANOU", retail: -5, weight: "abc")));   // row 5: negative price, bad weight

        Assert.False(report.Applied);
        Assert.Contains(report.Errors, e => e is { Row: 3, Column: GoodsSheet.MerchantCode } && e.Error.Code == "MerchantCode.InnerSpace");
        Assert.Contains(report.Errors, e => e is { Row: 4, Column: GoodsSheet.Barcodes } && e.Error.Code == "Import.BarcodeRepeated");
        Assert.Contains(report.Errors, e => e is { Row: 5, Column: GoodsSheet.RetailPrice } && e.Error.Code == "Sku.NegativePrice");
        Assert.Contains(report.Errors, e => e is { Row: 5, Column: GoodsSheet.WeightGrams } && e.Error.Code == "Import.WeightInvalid");
        Assert.Equal(0, await SkuCountAsync("IMP-"));
    }

    [Fact]
    public async Task A_clean_sheet_creates_goods_grouped_by_name_and_a_second_import_updates()
    {
        var first = await ImportAsync(Sheet(
            Row("鲜虾", "CLEAN-XIA-500", "6902000000010"),
            Row("鲜虾", "CLEAN-XIA-1000", "6902000000027,6902000000034"),
            Row("泡藕带", "CLEAN-OUDAI")));
        Assert.True(first.Applied);
        Assert.Equal((3, 0), (first.Created, first.Updated));

        var second = await ImportAsync(Sheet(Row("鲜虾", "clean-xia-500", "6902000000010", retail: 45)));
        Assert.Equal((0, 1), (second.Created, second.Updated));

        await using var db = await app.DbAsync();
        var shrimp = await db.Set<Goods>().Include(g => g.Skus).SingleAsync(g => g.Name == "鲜虾");
        Assert.Equal(2, shrimp.Skus.Count);
        Assert.Equal(45m, shrimp.Skus.Single(s => s.MerchantCode.EndsWith("500", StringComparison.OrdinalIgnoreCase)).RetailPrice);
        var found = await app.AsUserAsync("admin", sp => sp.GetRequiredService<SearchGoods>().HandleAsync("6902000000034"));
        Assert.Equal("CLEAN-XIA-1000", Assert.Single(found.Rows).MerchantCode);
    }

    [Fact]
    public async Task A_barcode_owned_by_another_sku_in_the_database_is_refused()
    {
        Assert.True((await ImportAsync(Sheet(Row("牛肉", "OWN-A", "6903000000019")))).Applied);

        var report = await ImportAsync(Sheet(Row("牛肉", "OWN-B", "6903000000019")));

        var error = Assert.Single(report.Errors);
        Assert.Equal(("Sku.BarcodeTaken", 2, GoodsSheet.Barcodes), (error.Error.Code, error.Row, error.Column));
        Assert.Equal(0, await SkuCountAsync("OWN-B"));
    }

    [Fact]
    public async Task A_sheet_without_the_required_columns_or_not_a_spreadsheet_is_refused_with_a_reason()
    {
        var missing = await ImportAsync(Sheet(new Dictionary<string, object?> { ["名称"] = "鲜虾", ["编码"] = "X" }));
        Assert.Contains(missing.Errors, e => e.Error.Code == "Import.ColumnMissing" && e.Column == GoodsSheet.MerchantCode);

        var garbage = await ImportAsync(new MemoryStream("this is not a spreadsheet"u8.ToArray()));
        Assert.Equal("Import.NotXlsx", Assert.Single(garbage.Errors).Error.Code);
    }

    [Fact]
    public async Task Image_addresses_import_export_and_a_bad_one_is_a_row_error()
    {
        var bad = await ImportAsync(Sheet(
            With(Row("腊肉", "IMG-1"), "https://img.example.com/larou.jpg"),
            With(Row("腊肉", "IMG-2"), @"D:\图片\腊肉.jpg")));
        var error = Assert.Single(bad.Errors);
        Assert.Equal((3, GoodsSheet.ImageUrl, "Sku.ImageUrlInvalid"), (error.Row, error.Column, error.Error.Code));
        Assert.Equal(0, await SkuCountAsync("IMG-"));

        Assert.True((await ImportAsync(Sheet(With(Row("腊肉", "IMG-1"), "https://img.example.com/larou.jpg"), With(Row("腊肉", "IMG-2"), null)))).Applied);
        var exported = await app.AsUserAsync("admin", sp => sp.GetRequiredService<ExportGoods>().HandleAsync());
        var rows = new MemoryStream(exported).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("https://img.example.com/larou.jpg", rows.Single(r => (string?)r[GoodsSheet.MerchantCode] == "IMG-1")[GoodsSheet.ImageUrl]);

        // A sheet without the column (made before it existed) leaves the pictures alone; a blank cell in it clears one.
        Assert.True((await ImportAsync(Sheet(Row("腊肉", "IMG-1", retail: 88)))).Applied);
        Assert.Equal("https://img.example.com/larou.jpg", await ImageOfAsync("IMG-1"));
        Assert.True((await ImportAsync(new MemoryStream(exported))).Applied);
        Assert.True((await ImportAsync(Sheet(With(Row("腊肉", "IMG-1"), " ")))).Applied);
        Assert.Null(await ImageOfAsync("IMG-1"));
        var found = await app.AsUserAsync("admin", sp => sp.GetRequiredService<SearchGoods>().HandleAsync("IMG-"));
        Assert.All(found.Rows, r => Assert.Null(r.ImageUrl));
    }

    private static Dictionary<string, object?> With(Dictionary<string, object?> row, string? imageUrl)
    {
        row[GoodsSheet.ImageUrl] = imageUrl;
        return row;
    }

    private async Task<string?> ImageOfAsync(string code)
    {
        await using var db = await app.DbAsync();
        return await db.Set<Sku>().Where(s => s.MerchantCode == code).Select(s => s.ImageUrl).SingleAsync();
    }

    [Fact]
    public async Task Export_reads_back_as_an_import()
    {
        Assert.True((await ImportAsync(Sheet(Row("腊肉", "ROUND-1", "6904000000018,6904000000025")))).Applied);
        var exported = await app.AsUserAsync("admin", sp => sp.GetRequiredService<ExportGoods>().HandleAsync());

        var report = await ImportAsync(new MemoryStream(exported));

        Assert.True(report.Applied, string.Join("; ", report.Errors));
        Assert.Equal(0, report.Created);
    }
}
