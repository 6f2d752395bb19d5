using BlazorErp.Core.Common;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.Inventory.Features;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace BlazorErp.IntegrationTests;

/// <summary>Issue 3's new-user trial: who may change the goods master, search/export, import conflicts, draft documents.</summary>
public class GoodsMasterPolishTests(ErpFactory app) : IClassFixture<ErpFactory>
{
    private Task<Result<long>> SaveAsync(string user, SkuInput input) =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<SaveSku>().HandleAsync(input));

    private static MemoryStream Sheet(params Dictionary<string, object?>[] rows)
    {
        var stream = new MemoryStream();
        stream.SaveAs(rows);
        stream.Position = 0;
        return stream;
    }

    private static Dictionary<string, object?> Row(string name, string code, string category = "生鲜", string unit = "袋") => new()
    {
        [GoodsSheet.GoodsName] = name, [GoodsSheet.Category] = category, [GoodsSheet.Brand] = "伽元", [GoodsSheet.Unit] = unit,
        [GoodsSheet.SpecName] = "500g", [GoodsSheet.MerchantCode] = code, [GoodsSheet.RetailPrice] = 39.9, [GoodsSheet.WeightGrams] = 520,
    };

    private async Task<Sku> SkuAsync(long id)
    {
        await using var db = await app.DbAsync();
        return await db.Set<Sku>().AsNoTracking().SingleAsync(s => s.Id == id);
    }

    [Fact]
    public async Task Warehouse_and_review_clerks_cannot_change_the_goods_master_and_nothing_changes()
    {
        var id = (await SaveAsync("admin", new SkuInput { GoodsName = "权限虾", MerchantCode = "PERM-1", RetailPrice = 49.9m, MinPrice = 39.9m })).Value;
        var sku = await SkuAsync(id);
        var cheaper = new SkuInput { SkuId = id, Version = sku.Version, GoodsName = "权限虾", MerchantCode = "PERM-1", RetailPrice = 1m, MinPrice = 0.5m };

        foreach (var clerk in new[] { "warehouse", "reviewer" })
        {
            Assert.Equal("Goods.EditForbidden", (await SaveAsync(clerk, cheaper)).Error!.Code);
            Assert.Equal("Goods.EditForbidden", (await SaveAsync(clerk, new SkuInput { GoodsName = "新货", MerchantCode = "PERM-NEW-" + clerk, RetailPrice = 1 })).Error!.Code);
            Assert.Equal("Goods.EditForbidden", (await app.AsUserAsync(clerk, sp => sp.GetRequiredService<DeleteSku>().HandleAsync(id))).Error!.Code);
            Assert.Equal("Goods.EditForbidden", (await app.AsUserAsync(clerk, sp => sp.GetRequiredService<SetSkuActive>().HandleAsync(id, false))).Error!.Code);
            Assert.Equal("Goods.EditForbidden", (await app.AsUserAsync(clerk, sp => sp.GetRequiredService<SaveCombo>().HandleAsync(id,
                [new ComboComponentInput("PERM-1", 2)]))).Error!.Code);
            var import = await app.AsUserAsync(clerk, sp => sp.GetRequiredService<ImportGoods>().HandleAsync(Sheet(Row("导入虾", "PERM-IMP-" + clerk))));
            Assert.Equal("Goods.EditForbidden", Assert.Single(import.Errors).Error.Code);
        }

        var unchanged = await SkuAsync(id);
        Assert.Equal((49.9m, 39.9m, true, sku.Version), (unchanged.RetailPrice, unchanged.MinPrice, unchanged.Active, unchanged.Version));
        await using (var db = await app.DbAsync())
            Assert.False(await db.Set<Sku>().AnyAsync(s => s.MerchantCode.StartsWith("PERM-NEW-") || s.MerchantCode.StartsWith("PERM-IMP-")));

        // A manager may: the prices change.
        Assert.True((await SaveAsync("manager", cheaper with { RetailPrice = 45m, MinPrice = 35m })).Succeeded);
        Assert.Equal(45m, (await SkuAsync(id)).RetailPrice);
        var managerImport = await app.AsUserAsync("manager", sp => sp.GetRequiredService<ImportGoods>().HandleAsync(Sheet(Row("导入虾", "PERM-MGR"))));
        Assert.True(managerImport.Applied);
        var managerSku = (await SaveAsync("manager", new SkuInput { GoodsName = "经理新货", MerchantCode = "PERM-MGR-DEL", RetailPrice = 1 })).Value;
        Assert.True((await app.AsUserAsync("manager", sp => sp.GetRequiredService<DeleteSku>().HandleAsync(managerSku))).Succeeded);
    }

    [Fact]
    public async Task Search_terms_separated_by_spaces_must_all_match_and_export_exports_what_the_list_shows()
    {
        await SaveAsync("admin", new SkuInput { GoodsName = "搜麻辣小龙虾", Category = "搜生鲜", MerchantCode = "SRCH-LX-1000", SpecName = "1kg", RetailPrice = 69.9m });
        await SaveAsync("admin", new SkuInput { GoodsName = "搜麻辣小龙虾", Category = "搜生鲜", MerchantCode = "SRCH-LX-500", SpecName = "500g", RetailPrice = 39.9m });
        await SaveAsync("admin", new SkuInput { GoodsName = "搜泡藕带", Category = "搜特产", MerchantCode = "SRCH-OUDAI", SpecName = "1kg", RetailPrice = 19.9m });

        var hits = await app.AsUserAsync("admin", sp => sp.GetRequiredService<SearchGoods>().HandleAsync("搜麻辣小龙虾 1kg"));
        Assert.Equal(["SRCH-LX-1000"], hits.Rows.Select(r => r.MerchantCode));
        var byCodeAndSpec = await app.AsUserAsync("admin", sp => sp.GetRequiredService<SearchGoods>().HandleAsync("srch 1kg"));
        Assert.Equal(["SRCH-LX-1000", "SRCH-OUDAI"], byCodeAndSpec.Rows.Select(r => r.MerchantCode).Order());

        var file = await app.AsUserAsync("admin", sp => sp.GetRequiredService<ExportGoods>().HandleAsync("SRCH", "搜生鲜", includeInactive: false));
        var exported = MiniExcel.Query(new MemoryStream(file), useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Select(r => r[GoodsSheet.MerchantCode]?.ToString()).Order().ToList();
        Assert.Equal(["SRCH-LX-1000", "SRCH-LX-500"], exported);
    }

    [Fact]
    public async Task Two_rows_of_one_goods_with_different_category_or_unit_are_refused_naming_the_column()
    {
        var report = await app.AsUserAsync("admin", sp => sp.GetRequiredService<ImportGoods>().HandleAsync(Sheet(
            Row("冲突虾", "CONF-500"),
            Row("冲突虾", "CONF-1000", category: "冻品"),          // row 3
            Row("冲突虾", "CONF-2000", unit: "盒"))));             // row 4

        Assert.False(report.Applied);
        Assert.Equal([(3, GoodsSheet.Category), (4, GoodsSheet.Unit)], report.Errors.Select(e => (e.Row, e.Column)));
        Assert.All(report.Errors, e => Assert.Equal("Import.GoodsFieldConflict", e.Error.Code));
        await using var db = await app.DbAsync();
        Assert.False(await db.Set<Sku>().AnyAsync(s => s.MerchantCode.StartsWith("CONF-")));
    }

    private async Task<long> WarehouseAsync(string code) =>
        (await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveWarehouse>().HandleAsync(new WarehouseInput
            { Code = code, Name = "仓库-" + code, Type = WarehouseType.Own }))).Value;

    [Fact]
    public async Task Opening_lines_of_one_code_with_different_costs_are_refused_with_both_line_numbers()
    {
        var warehouseId = await WarehouseAsync("DUP");
        await SaveAsync("admin", new SkuInput { GoodsName = "冻虾仁", MerchantCode = "DUP-XR-500", RetailPrice = 39.9m });
        var lines = StockDocumentLineText.Parse("DUP-XR-500 5 30\n\nDUP-XR-500 5").Value!;

        var refused = await app.AsUserAsync("admin", sp => sp.GetRequiredService<CreateStockDocument>().HandleAsync(
            new StockDocumentInput(StockDocumentType.OpeningBalance, warehouseId, null, lines)));

        Assert.Equal(new Error("StockDocument.CostConflict", "DUP-XR-500", 1, 30m, 3, 0m).ToString(), refused.Error!.ToString());
        var same = StockDocumentLineText.Parse("DUP-XR-500 5 30\nDUP-XR-500 5 30").Value!;
        var merged = await app.AsUserAsync("admin", sp => sp.GetRequiredService<CreateStockDocument>().HandleAsync(
            new StockDocumentInput(StockDocumentType.OpeningBalance, warehouseId, null, same)));
        var view = await app.AsUserAsync("admin", sp => sp.GetRequiredService<GetStockDocument>().HandleAsync(merged.Value));
        Assert.Equal(new StockDocumentLineView("DUP-XR-500", "冻虾仁", null, 10, 30m), Assert.Single(view.Value!));
    }

    [Fact]
    public async Task A_draft_can_be_viewed_and_deleted_with_an_audit_row_but_an_audited_document_cannot()
    {
        var warehouseId = await WarehouseAsync("DRF");
        await SaveAsync("admin", new SkuInput { GoodsName = "草稿虾", MerchantCode = "DRF-1", SpecName = "500g", RetailPrice = 39.9m });
        Task<Result<long>> DraftAsync() => app.AsUserAsync("warehouse", sp => sp.GetRequiredService<CreateStockDocument>().HandleAsync(
            new StockDocumentInput(StockDocumentType.OpeningBalance, warehouseId, null, [new StockDocumentLineInput("DRF-1", 7, 12.5m)])));
        var draft = (await DraftAsync()).Value;
        var audited = (await DraftAsync()).Value;
        Assert.True((await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<AuditStockDocument>().HandleAsync(audited))).Succeeded);

        var lines = await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<GetStockDocument>().HandleAsync(draft));
        Assert.Equal(new StockDocumentLineView("DRF-1", "草稿虾", "500g", 7, 12.5m), Assert.Single(lines.Value!));

        Assert.True((await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<DeleteStockDocument>().HandleAsync(draft))).Succeeded);
        Assert.Equal("StockDocument.NotDraft", (await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<DeleteStockDocument>().HandleAsync(audited))).Error!.Code);

        await using var db = await app.DbAsync();
        Assert.False(await db.Set<StockDocument>().AnyAsync(d => d.Id == draft));
        Assert.True(await db.Set<StockDocument>().AnyAsync(d => d.Id == audited));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(StockDocument) && a.EntityKey == draft.ToString()
                                                        && a.Action == Core.Common.Auditing.AuditAction.Deleted && a.UserName == "warehouse"));
        // 制单 shows the clerk's display name (李四), not the sign-in name.
        var rows = await app.AsUserAsync("warehouse", sp => sp.GetRequiredService<ListStockDocuments>().HandleAsync());
        var row = rows.Single(r => r.Id == audited);
        Assert.Equal(("李四", "李四"), (row.CreatedBy, row.AuditedBy));
    }
}
