using BlazorErp.Core.Finance;
using BlazorErp.Core.Finance.Features;
using BlazorErp.Core.Inventory.Features;
using BlazorErp.Core.Localization;
using Microsoft.Extensions.Localization;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Core.Orders.Features;
using BlazorErp.Core.Reporting.Features;
using BlazorErp.Core.Shipping;
using BlazorErp.Core.Shipping.Features;
using BlazorErp.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace BlazorErp.Web.Endpoints;

/// <summary>XLSX downloads for the pages' 导出 and 下载模板 buttons: plain GETs, so the browser saves them like any file.</summary>
public static class ExportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("").WithAccessMatrix().ExcludeFromDescription();

        // 货品档案 as filtered on the page (search, category, 显示停用); without parameters every SKU.
        exports.MapGet("/goods/export", async (string? search, string? category, bool? inactive, ExportGoods export) =>
            TypedResults.File(await export.HandleAsync(search, category, inactive ?? true), Xlsx, $"货品档案-{DateTime.Now:yyyyMMdd}.xlsx"));

        exports.MapGet("/inventory/stock/export", async (long? warehouseId, string? search, int? low, QueryStock stock) =>
            TypedResults.File(await stock.ExportAsync(new StockQuery(warehouseId, search, low)), Xlsx, $"库存-{DateTime.Now:yyyyMMdd}.xlsx"));

        exports.MapGet("/orders/import/template", async (ImportOrders import) =>
            TypedResults.File(await import.TemplateAsync(), Xlsx, "订单导入模板.xlsx"));

        // 销售明细账 as filtered on the page (the same query), totals as the last row.
        exports.MapGet("/reports/sales-detail/export", async (DateOnly from, DateOnly to, SalesTimeBasis? basis, [FromQuery] long[]? warehouse,
            [FromQuery] long[]? shop, QuerySalesDetail sales, CancellationToken cancellationToken) =>
            TypedResults.File(await sales.ExportAsync(new SalesDetailQuery(from, to, basis ?? SalesTimeBasis.Approved, warehouse, shop), cancellationToken),
                Xlsx, $"销售明细账-{from:yyyyMMdd}-{to:yyyyMMdd}.xlsx"));
        // 对账单: one party's account over a period, with its ageing, headed in the caller's language.
        exports.MapGet("/finance/receivables/statement", async Task<IResult> (LedgerAccount account, PartyKind partyKind, long partyId, DateOnly from, DateOnly to,
            PartyStatement statement, IStringLocalizer<Strings> l) =>
            await statement.ExportAsync(account, new Party(partyKind, partyId), from, to, key => l[key]) is { Succeeded: true } file
                ? TypedResults.File(file.Value!, Xlsx, $"对账单-{from:yyyyMMdd}-{to:yyyyMMdd}.xlsx")
                : TypedResults.BadRequest());

        // A batch's waybills, packing slips or pick list; PDFs open in the browser's viewer to print from there.
        exports.MapGet("/printing/batches/{id:long}/files/{kind}", async Task<IResult> (long id, string kind, ListPrintBatches batches) =>
            Enum.TryParse<PrintFileKind>(kind, ignoreCase: true, out var fileKind) && await batches.FileAsync(id, fileKind) is { } file
                ? TypedResults.File(file.Content, file.ContentType, fileKind == PrintFileKind.PickList ? file.FileName(id) : null)
                : TypedResults.NotFound());
    }
}
