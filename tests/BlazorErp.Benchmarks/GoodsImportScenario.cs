using System.Diagnostics;
using BlazorErp.Core.MasterData.Features;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace BlazorErp.Benchmarks;

/// <summary>
/// Goods import (货品导入) of an N-row XLSX: first with one bad row at the end (every row validated, nothing
/// applied), then the corrected sheet (all rows created), the same sheet again (nothing changes, nothing written), and
/// the sheet with every retail price raised (all rows updated).
/// </summary>
public sealed class GoodsImportScenario : IScenario
{
    public string Description => "N-row goods XLSX import: rows/s rejected, created, unchanged and updated";
    public int DefaultSize => 10_000;

    public async Task<ResultTable> RunAsync(int size)
    {
        await using var erp = await InProcessErp.CreateAsync();
        var good = Sheet(size, badLastRow: false);
        var bad = Sheet(size, badLastRow: true);
        var repriced = Sheet(size, badLastRow: false, priceRise: 1);

        var table = new ResultTable("run", "rows", "created", "updated", "unchanged", "errors", "seconds", "rows/s");
        foreach (var (name, sheet) in new[] { ("one bad row (nothing applied)", bad), ("clean sheet (create)", good),
                     ("same sheet again (unchanged)", good), ("every price raised (update)", repriced) })
        {
            await using var scope = erp.Scope("admin");
            var clock = Stopwatch.StartNew();
            var report = await scope.ServiceProvider.GetRequiredService<ImportGoods>().HandleAsync(new MemoryStream(sheet));
            var seconds = clock.Elapsed.TotalSeconds;
            table.Add(name, size, report.Created, report.Updated, report.Unchanged, report.Errors.Count, seconds, size / seconds);
            var expectedErrors = sheet == bad ? 1 : 0;
            if (report.Errors.Count != expectedErrors) table.Failures.Add($"{name}: {report.Errors.Count} row errors, {expectedErrors} expected");
        }
        return table;
    }

    private static byte[] Sheet(int rows, bool badLastRow, int priceRise = 0)
    {
        var data = Enumerable.Range(0, rows).Select(i => new Dictionary<string, object?>
        {
            [GoodsSheet.GoodsName] = $"货品 {i / 4:00000}", [GoodsSheet.Category] = $"分类{i / 4 % 12}", // one goods, one category [GoodsSheet.Brand] = "伽元",
            [GoodsSheet.Unit] = "件", [GoodsSheet.SpecName] = $"规格 {i % 4}",
            [GoodsSheet.MerchantCode] = badLastRow && i == rows - 1 ? $"IMP {i:000000}" : $"IMP-{i:000000}",
            [GoodsSheet.Barcodes] = $"69{i:00000000000}", [GoodsSheet.RetailPrice] = 10 + i % 90 + priceRise, [GoodsSheet.MinPrice] = 5,
            [GoodsSheet.Cost] = 3, [GoodsSheet.WeightGrams] = 100 + i % 900,
        });
        using var stream = new MemoryStream();
        stream.SaveAs(data);
        return stream.ToArray();
    }
}
