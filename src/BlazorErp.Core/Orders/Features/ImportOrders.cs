using System.Globalization;
using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace BlazorErp.Core.Orders.Features;

/// <summary>
/// 订单导入: manual orders from an XLSX or CSV sheet (<see cref="OrderSheet"/>). Every row is checked first — its cells, the
/// order columns agreeing across an order's rows, and the rules of 手工建单 — and every problem is reported with its row
/// and column; if there is any, nothing is saved. Otherwise all orders are created in one transaction. An 外部单号
/// already imported into the shop is a problem too, so importing the same file again creates nothing.
/// </summary>
public sealed class ImportOrders(IDbContextFactory<ErpDbContext> contexts, ManualOrderBuilder builder)
{
    /// <summary>The rows of one 外部单号, in sheet order.</summary>
    private sealed record Group(string ExternalNo, List<SheetRow> Rows)
    {
        public int FirstRow => Rows[0].Row;
    }

    public async Task<ImportReport> HandleAsync(Stream file, string fileName)
    {
        if (Sheets.FormatOf(fileName) is not { } format) return ImportReport.Failed(new RowError(0, "", new Error("Import.FileType", fileName)));
        var sheet = Sheets.Read(file, format, OrderSheet.Required);
        if (!sheet.Succeeded) return ImportReport.Failed(sheet.Errors);

        var errors = new List<RowError>();
        var groups = new Dictionary<string, Group>();
        foreach (var row in sheet.Rows)
        {
            if (row[OrderSheet.ExternalNo]?.Trim() is not { } number)
                errors.Add(new RowError(row.Row, OrderSheet.ExternalNo, new Error("Import.Required", OrderSheet.ExternalNo)));
            else if (groups.TryGetValue(number, out var group)) group.Rows.Add(row);
            else groups[number] = new Group(number, [row]);
        }

        await using var db = await contexts.CreateDbContextAsync();
        var shops = await db.Set<Shop>().ToDictionaryAsync(s => s.Name, s => s.Id);
        var ordered = groups.Values.OrderBy(g => g.FirstRow).ToList();
        var inputs = ordered.Select(group => InputOf(group, shops, errors)).ToList();
        var builds = await builder.BuildAsync(db, inputs);
        for (var i = 0; i < builds.Count; i++)
        {
            // Every row of a group is one input line, in order, so a line's index is its row's.
            foreach (var problem in builds[i].Problems)
                errors.Add(new RowError(problem.Line is { } line ? ordered[i].Rows[line].Row : ordered[i].FirstRow, OrderSheet.ColumnOf(problem.Property), problem.Error));
        }
        // One reason per cell: a cell that could not be read also breaks the order's rules, and the first reason says why.
        var report = errors.DistinctBy(e => (e.Row, e.Column)).OrderBy(e => e.Row).ToList();
        if (report.Count > 0) return ImportReport.Failed(report);

        var saved = await ManualOrderBuilder.SaveAsync(db, builds.Select(b => b.Order!).ToList());
        return saved.Succeeded ? new ImportReport(builds.Count, 0, []) : ImportReport.Failed(new RowError(0, "", saved.Error!));
    }

    /// <summary>An XLSX with the headers and one example row, naming a real shop and SKU when there are some so it imports as it is.</summary>
    public async Task<byte[]> TemplateAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        var shop = await db.Set<Shop>().OrderBy(s => s.Id).Select(s => s.Name).FirstOrDefaultAsync() ?? "淘宝-鸿运旗舰店";
        var sku = await db.Set<Sku>().Where(s => s.Active).OrderBy(s => s.Id).Select(s => new { s.MerchantCode, s.RetailPrice }).FirstOrDefaultAsync();
        var example = new Dictionary<string, object?>
        {
            [OrderSheet.ExternalNo] = "DD20260101001", [OrderSheet.Shop] = shop, [OrderSheet.BuyerNick] = "楚天美食汇", [OrderSheet.Receiver] = "赵老板",
            [OrderSheet.Mobile] = "13800271234", [OrderSheet.Province] = "湖北省", [OrderSheet.City] = "宜昌市", [OrderSheet.District] = "西陵区",
            [OrderSheet.Address] = "东山大道 116 号", [OrderSheet.MerchantCode] = sku?.MerchantCode ?? "XIA-JW-500", [OrderSheet.Quantity] = 2,
            [OrderSheet.Price] = sku?.RetailPrice ?? 49.9m, [OrderSheet.PostFee] = 0m, [OrderSheet.BuyerMessage] = "", [OrderSheet.ServiceRemark] = "电话订单",
        };
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { example });
        return stream.ToArray();
    }

    /// <summary>The order as its first row describes it, with one line per row; cells that cannot be read are reported and left blank.</summary>
    private static ManualOrderInput InputOf(Group group, Dictionary<string, long> shops, List<RowError> errors)
    {
        var first = group.Rows[0];
        foreach (var row in group.Rows.Skip(1))
        {
            foreach (var column in OrderSheet.OrderColumns.Where(c => (row[c]?.Trim() ?? "") != (first[c]?.Trim() ?? "")))
                errors.Add(new RowError(row.Row, column, new Error("Import.OrderColumnDiffers", column, group.ExternalNo, first.Row)));
        }
        var shopId = 0L;
        if (first[OrderSheet.Shop]?.Trim() is { } shop && !shops.TryGetValue(shop, out shopId))
            errors.Add(new RowError(first.Row, OrderSheet.Shop, new Error("Import.ShopUnknown", shop)));

        var input = new ManualOrderInput
        {
            ShopId = shopId, ExternalNo = group.ExternalNo, BuyerNick = first[OrderSheet.BuyerNick] ?? "", ReceiverName = first[OrderSheet.Receiver] ?? "",
            ReceiverMobile = first[OrderSheet.Mobile] ?? "", Province = first[OrderSheet.Province] ?? "", City = first[OrderSheet.City] ?? "",
            District = first[OrderSheet.District] ?? "", Address = first[OrderSheet.Address] ?? "",
            PostFee = Sheets.Money(first[OrderSheet.PostFee], OrderSheet.PostFee, required: false, (column, error) => errors.Add(new RowError(first.Row, column, error))),
            BuyerMessage = first[OrderSheet.BuyerMessage], ServiceRemark = first[OrderSheet.ServiceRemark],
        };
        foreach (var row in group.Rows)
        {
            void Fail(string column, Error error) => errors.Add(new RowError(row.Row, column, error));
            if (row[OrderSheet.MerchantCode] is null) Fail(OrderSheet.MerchantCode, new Error("Import.Required", OrderSheet.MerchantCode));
            var quantity = 0;
            if (row[OrderSheet.Quantity] is not { } text) Fail(OrderSheet.Quantity, new Error("Import.Required", OrderSheet.Quantity));
            else if (!int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out quantity)) Fail(OrderSheet.Quantity, new Error("Import.QuantityInvalid", text));
            decimal? price = row[OrderSheet.Price] is { } p ? Sheets.Money(p, OrderSheet.Price, required: false, Fail) : null;
            input.Lines.Add(new ManualOrderLine(row[OrderSheet.MerchantCode]?.Trim() ?? "", quantity, price));
        }
        return input;
    }
}
