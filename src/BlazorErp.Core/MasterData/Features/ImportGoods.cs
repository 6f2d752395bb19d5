using System.Globalization;
using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.MasterData.Features;

/// <summary>
/// Imports goods from XLSX (货品导入). Every row is checked first; if any row is wrong the report lists every
/// problem (row, column, reason) and nothing is saved. Otherwise new merchant codes create SKUs (grouped
/// into goods by name) and known ones update their SKU — all in one transaction. Rows equal to what is stored
/// count as unchanged and write nothing.
/// </summary>
public sealed class ImportGoods(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser)
{
    private sealed record ParsedRow(int Row, string GoodsName, string? Category, string? Brand, string? Unit, SkuDetails Sku);

    public async Task<ImportReport> HandleAsync(Stream xlsx)
    {
        if (GoodsMasterAccess.Check(currentUser) is { } forbidden) return ImportReport.Failed([new RowError(0, "", forbidden)]);
        var sheet = Sheets.Read(xlsx, SheetFormat.Xlsx, GoodsSheet.Required);
        if (!sheet.Succeeded) return ImportReport.Failed(sheet.Errors);

        await using var db = await contexts.CreateDbContextAsync();
        var existing = await db.Set<Sku>().Include(s => s.Goods).ToDictionaryAsync(s => s.MerchantCodeKey);
        var barcodeOwners = existing.Values.SelectMany(s => s.Barcodes.Select(b => (b.Code, s.MerchantCodeKey)))
            .ToDictionary(b => b.Code, b => b.MerchantCodeKey);

        var errors = new List<RowError>();
        var parsed = new List<ParsedRow>();
        var codesInFile = new Dictionary<string, int>();
        var barcodesInFile = new Dictionary<string, int>();
        var goodsInFile = new Dictionary<string, SheetRow>();
        foreach (var row in sheet.Rows)
        {
            var rowNo = row.Row;
            var rowErrors = new List<RowError>();
            void Fail(string column, Error error) => rowErrors.Add(new RowError(rowNo, column, error));
            string? Cell(string column) => row[column];

            var name = Cell(GoodsSheet.GoodsName)?.Trim();
            if (name is null) Fail(GoodsSheet.GoodsName, new Error("Import.Required", GoodsSheet.GoodsName));
            // 分类/品牌/单位 belong to the goods, shared by its specs: two rows of one goods must agree, else one would silently win.
            else if (goodsInFile.TryGetValue(name, out var firstOfGoods))
            {
                foreach (var column in (string[])[GoodsSheet.Category, GoodsSheet.Brand, GoodsSheet.Unit])
                    if (!string.Equals(firstOfGoods[column]?.Trim(), Cell(column)?.Trim(), StringComparison.Ordinal))
                        Fail(column, new Error("Import.GoodsFieldConflict", name, column, firstOfGoods.Row, firstOfGoods[column]?.Trim() ?? ""));
            }
            else goodsInFile[name] = row;

            // The merchant code is checked untrimmed: pasted spaces are exactly the error to report.
            var code = row.Raw(GoodsSheet.MerchantCode);
            if (MerchantCode.Check(code) is { } codeError) Fail(GoodsSheet.MerchantCode, codeError);
            else if (codesInFile.TryGetValue(MerchantCode.Key(code), out var firstRow))
                Fail(GoodsSheet.MerchantCode, new Error("Import.CodeRepeated", code, firstRow));
            else codesInFile[MerchantCode.Key(code)] = rowNo;

            var barcodes = GoodsSheet.SplitBarcodes(Cell(GoodsSheet.Barcodes));
            foreach (var barcode in barcodes)
            {
                if (barcodesInFile.TryGetValue(barcode, out var otherRow) && otherRow != rowNo)
                    Fail(GoodsSheet.Barcodes, new Error("Import.BarcodeRepeated", barcode, otherRow));
                else if (barcodeOwners.TryGetValue(barcode, out var owner) && owner != MerchantCode.Key(code))
                    Fail(GoodsSheet.Barcodes, new Error("Sku.BarcodeTaken", barcode, existing[owner].MerchantCode));
                barcodesInFile.TryAdd(barcode, rowNo);
            }

            var retail = Sheets.Money(Cell(GoodsSheet.RetailPrice), GoodsSheet.RetailPrice, required: true, Fail);
            var min = Sheets.Money(Cell(GoodsSheet.MinPrice), GoodsSheet.MinPrice, required: false, Fail);
            var cost = Sheets.Money(Cell(GoodsSheet.Cost), GoodsSheet.Cost, required: false, Fail);
            var weight = 0;
            if (Cell(GoodsSheet.WeightGrams) is { } w && (!int.TryParse(w, NumberStyles.Integer, CultureInfo.InvariantCulture, out weight) || weight < 0))
                Fail(GoodsSheet.WeightGrams, new Error("Import.WeightInvalid", w));

            // Without the column the picture stays as it is; with it, a blank cell clears it.
            var hasImageColumn = row.Cells.ContainsKey(GoodsSheet.ImageUrl);
            var imageUrl = hasImageColumn ? Cell(GoodsSheet.ImageUrl)?.Trim()
                : existing.TryGetValue(MerchantCode.Key(code), out var known) ? known.ImageUrl : null;
            if (hasImageColumn && Sku.CheckImageUrl(imageUrl) is { } imageError) Fail(GoodsSheet.ImageUrl, imageError);

            if (rowErrors.Count == 0)
            {
                var details = new SkuDetails(code, Cell(GoodsSheet.SpecName), barcodes, retail, min, cost, weight, imageUrl);
                if (Sku.Check(details) is { } skuError) Fail(ColumnOf(skuError), skuError);
                else parsed.Add(new ParsedRow(rowNo, name!, Cell(GoodsSheet.Category), Cell(GoodsSheet.Brand), Cell(GoodsSheet.Unit), details));
            }
            errors.AddRange(rowErrors);
        }
        if (errors.Count > 0) return new ImportReport(0, 0, errors);
        
        var created = 0;
        var updated = 0;
        var unchanged = 0; // a sheet exported and imported back untouched changes nothing, and says so
        var goodsByName = (await db.Set<Goods>().ToListAsync()).GroupBy(g => g.Name).ToDictionary(g => g.Key, g => g.First());
        foreach (var row in parsed)
        {
            if (existing.TryGetValue(MerchantCode.Key(row.Sku.MerchantCode), out var sku))
            {
                var skuChanged = sku.Update(row.Sku).Value;
                var goodsChanged = sku.Goods.Describe(row.GoodsName, row.Category, row.Brand, row.Unit);
                if (skuChanged || goodsChanged) updated++;
                else unchanged++;
                continue;
            }
            if (!goodsByName.TryGetValue(row.GoodsName, out var goods))
            {
                goods = new Goods(row.GoodsName, row.Category, row.Brand, row.Unit);
                db.Add(goods);
                goodsByName[row.GoodsName] = goods;
            }
            goods.AddSku(row.Sku);
            created++;
        }
        await db.SaveChangesAsync(); // one transaction: all rows or none
        return new ImportReport(created, updated, []) { Unchanged = unchanged };
    }

    private static string ColumnOf(Error error) => error.Code switch
    {
        "Sku.MinAboveRetail" => GoodsSheet.MinPrice,
        "Sku.NegativeWeight" => GoodsSheet.WeightGrams,
        "Sku.BarcodeInvalid" or "Sku.BarcodeRepeated" => GoodsSheet.Barcodes,
        "Sku.NegativePrice" => GoodsSheet.RetailPrice,
        "Sku.ImageUrlInvalid" or "Sku.ImageUrlTooLong" => GoodsSheet.ImageUrl,
        _ => GoodsSheet.MerchantCode,
    };
}
