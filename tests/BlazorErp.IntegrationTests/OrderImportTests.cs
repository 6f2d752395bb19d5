using System.Text;
using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Orders.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using S = BlazorErp.Core.Orders.Features.OrderSheet;

namespace BlazorErp.IntegrationTests;

/// <summary>订单导入 and 复制订单 on a real SQLite file: all or nothing, every bad cell reported, no duplicates on re-import.</summary>
public sealed class OrderImportTests(ErpFactory app) : IClassFixture<ErpFactory>, IAsyncLifetime
{
    private const string ShopName = "导入测试店";
    private long _shopId;

    public async Task InitializeAsync()
    {
        // The fixture is shared by the class: seed once.
        await using (var db = await app.DbAsync())
            if (await db.Set<Shop>().AnyAsync(s => s.Name == ShopName)) return;
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveSku>().HandleAsync(
            new SkuInput { GoodsName = "鲜活基围虾", MerchantCode = "OI-XIA-500", SpecName = "500g", Barcodes = "6905000000019", RetailPrice = 49.9m }));
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveSku>().HandleAsync(
            new SkuInput { GoodsName = "泡藕带", MerchantCode = "OI-OUDAI-300", SpecName = "300g", RetailPrice = 19.9m }));
        var shop = await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveShop>().HandleAsync(new ShopInput { Name = ShopName, Platform = Platform.Taobao }));
        Assert.True(shop.Succeeded, shop.Error?.ToString());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<long> ShopIdAsync()
    {
        if (_shopId != 0) return _shopId;
        await using var db = await app.DbAsync();
        return _shopId = await db.Set<Shop>().Where(s => s.Name == ShopName).Select(s => s.Id).SingleAsync();
    }

    /// <summary>One sheet row; order columns default to one buyer in 宜昌.</summary>
    private static Dictionary<string, object?> Row(string externalNo, string code, object quantity, object? price = null, string receiver = "赵老板",
        string mobile = "13800271234", object? postFee = null, string? remark = null) => new()
    {
        [S.ExternalNo] = externalNo, [S.Shop] = ShopName, [S.BuyerNick] = "楚天美食汇", [S.Receiver] = receiver, [S.Mobile] = mobile,
        [S.Province] = "湖北", [S.City] = "宜昌", [S.District] = "西陵区", [S.Address] = "东山大道 116 号", [S.MerchantCode] = code,
        [S.Quantity] = quantity, [S.Price] = price, [S.PostFee] = postFee ?? 8, [S.BuyerMessage] = "请尽快发货", [S.ServiceRemark] = remark,
    };

    private static MemoryStream Xlsx(params Dictionary<string, object?>[] rows)
    {
        var stream = new MemoryStream();
        stream.SaveAs(rows);
        stream.Position = 0;
        return stream;
    }

    private Task<ImportReport> ImportAsync(Stream file, string name = "orders.xlsx") =>
        app.AsUserAsync("reviewer", sp => sp.GetRequiredService<ImportOrders>().HandleAsync(file, name));

    private async Task<List<Order>> OrdersAsync(string externalNoPrefix)
    {
        await using var db = await app.DbAsync();
        return await db.Set<Order>().AsNoTracking().Where(o => o.ExternalNo != null && o.ExternalNo.StartsWith(externalNoPrefix)).OrderBy(o => o.Id).ToListAsync();
    }

    [Fact]
    public async Task One_bad_row_applies_nothing_and_reports_every_bad_cell_with_its_row_and_column()
    {
        var report = await ImportAsync(Xlsx(
            Row("BAD-1", "OI-XIA-500", 2),
            Row("BAD-1", "OI-OUDAI-300", 1, receiver: "钱老板"),   // row 3: same order, another receiver
            Row("BAD-2", "OI-NOPE", 1),                           // row 4: no such SKU
            Row("BAD-3", "OI-XIA-500", "两"),                     // row 5: not a number
            Row("BAD-4", "OI-XIA-500", 1, mobile: "12345"),       // row 6: not a phone
            Row("BAD-5", "OI-XIA-500", -1)));                     // row 7: the manual-order rules refuse it

        Assert.False(report.Applied);
        Assert.Contains(report.Errors, e => e is { Row: 3, Column: S.Receiver } && e.Error.Code == "Import.OrderColumnDiffers");
        Assert.Contains(report.Errors, e => e is { Row: 4, Column: S.MerchantCode } && e.Error.Code == "Sku.UnknownCode");
        Assert.Contains(report.Errors, e => e is { Row: 5, Column: S.Quantity } && e.Error.Code == "Import.QuantityInvalid");
        Assert.Contains(report.Errors, e => e is { Row: 6, Column: S.Mobile } && e.Error.Code == "Validation.Failed");
        Assert.Contains(report.Errors, e => e is { Row: 7, Column: S.Quantity } && e.Error.Code == "Validation.Failed");
        Assert.Equal(5, report.Errors.Count); // one reason per bad cell, none for the good row 2
        Assert.Empty(await OrdersAsync("BAD-"));
    }

    [Fact]
    public async Task A_good_xlsx_creates_one_order_per_external_number_with_its_lines_and_totals()
    {
        var report = await ImportAsync(Xlsx(
            Row("GOOD-1", "OI-XIA-500", 2, remark: "电话订单"),
            Row("GOOD-2", "OI-OUDAI-300", 3, price: 15, postFee: 0),
            Row("GOOD-1", "6905000000019", 1, price: 45.5, remark: "电话订单"))); // by barcode, own price

        Assert.True(report.Applied, string.Join("; ", report.Errors));
        Assert.Equal(2, report.Created);
        var orders = await OrdersAsync("GOOD-");
        var first = orders.Single(o => o.ExternalNo == "GOOD-1");
        Assert.Equal((OrderStatus.PendingReview, true, await ShopIdAsync()), (first.Status, first.Touched, first.ShopId));
        Assert.Equal(["OI-XIA-500", "OI-XIA-500"], first.Lines.Select(l => l.MerchantCode));
        Assert.Equal([(2, 49.9m), (1, 45.5m)], first.Lines.Select(l => (l.Quantity, l.Price)));
        Assert.All(first.Lines, l => Assert.NotNull(l.SkuId));
        Assert.Equal((2 * 49.9m + 45.5m, 8m, 2 * 49.9m + 45.5m + 8m), (first.GoodsTotal, first.PostFee, first.Paid));
        Assert.Equal(("宜昌市", "西陵区", "电话订单", "请尽快发货"), (first.Receiver.City, first.Receiver.District, first.ServiceRemark, first.BuyerMessage));
        var second = orders.Single(o => o.ExternalNo == "GOOD-2");
        Assert.Equal((45m, 0m, 45m), (second.GoodsTotal, second.PostFee, second.Paid));

        // The order search finds an imported order by its external number.
        var found = await app.AsUserAsync("reviewer", sp => sp.GetRequiredService<SearchOrders>().HandleAsync(new OrderQuery("GOOD-2", null, null)));
        Assert.Equal(second.Id, Assert.Single(found.Rows).Id);
    }

    [Theory]
    [InlineData("GBK")]
    [InlineData("UTF-8 BOM")]
    [InlineData("UTF-8")]
    public async Task A_csv_as_excel_saves_it_imports_in_gbk_or_utf8(string encodingName)
    {
        var number = "CSV-" + encodingName.Replace(" ", "").Replace("-", "") + "-1";
        var csv = string.Join("\r\n",
            string.Join(",", S.Columns),
            $"{number},{ShopName},楚天美食汇,赵老板,13800271234,湖北省,宜昌市,西陵区,\"东山大道 116 号, 3 楼\",OI-XIA-500,2,,8,请尽快发货,",
            $"{number},{ShopName},楚天美食汇,赵老板,13800271234,湖北省,宜昌市,西陵区,\"东山大道 116 号, 3 楼\",OI-OUDAI-300,1,18,8,请尽快发货,",
            "");
        var bytes = encodingName switch
        {
            "GBK" => CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes(csv),
            "UTF-8 BOM" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(csv)],
            _ => Encoding.UTF8.GetBytes(csv),
        };

        var report = await ImportAsync(new MemoryStream(bytes), "订单.csv");

        Assert.True(report.Applied, string.Join("; ", report.Errors));
        var order = Assert.Single(await OrdersAsync(number));
        Assert.Equal(("赵老板", "东山大道 116 号, 3 楼", "请尽快发货"), (order.Receiver.Name, order.Receiver.Address, order.BuyerMessage));
        Assert.Equal([("OI-XIA-500", 2, 49.9m), ("OI-OUDAI-300", 1, 18m)], order.Lines.Select(l => (l.MerchantCode!, l.Quantity, l.Price)));
    }

    [Fact]
    public async Task Importing_again_reports_the_numbers_already_imported_and_creates_nothing()
    {
        Dictionary<string, object?>[] rows = [Row("AGAIN-1", "OI-XIA-500", 1), Row("AGAIN-2", "OI-OUDAI-300", 2)];
        Assert.True((await ImportAsync(Xlsx(rows))).Applied);
        var before = await OrdersAsync("AGAIN-");

        var again = await ImportAsync(Xlsx([.. rows, Row("AGAIN-3", "OI-XIA-500", 1)]));

        Assert.False(again.Applied);
        Assert.Equal([(2, S.ExternalNo, "Order.ExternalNoTaken"), (3, S.ExternalNo, "Order.ExternalNoTaken")],
            again.Errors.Select(e => (e.Row, e.Column, e.Error.Code)));
        Assert.Equal(before.Select(o => o.Id), (await OrdersAsync("AGAIN-")).Select(o => o.Id)); // not even AGAIN-3
    }

    [Fact]
    public async Task The_template_imports_as_it_is()
    {
        var template = await app.AsUserAsync("reviewer", sp => sp.GetRequiredService<ImportOrders>().TemplateAsync());
        var headers = new MemoryStream(template).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().Single().Keys;
        Assert.Equal(S.Columns, headers);

        var report = await ImportAsync(new MemoryStream(template));

        Assert.True(report.Applied, string.Join("; ", report.Errors));
        Assert.Equal(1, report.Created);
    }

    [Fact]
    public async Task A_file_that_is_not_a_sheet_or_misses_columns_is_refused_with_a_reason()
    {
        var type = await ImportAsync(new MemoryStream("x"u8.ToArray()), "orders.pdf");
        Assert.Equal("Import.FileType", Assert.Single(type.Errors).Error.Code);

        var missing = await ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes("外部单号,店铺\r\nX-1,店\r\n")), "orders.csv");
        Assert.Contains(missing.Errors, e => e is { Row: 1, Column: S.MerchantCode } && e.Error.Code == "Import.ColumnMissing");
    }

    [Fact]
    public async Task Copying_an_order_creates_a_new_pending_order_with_the_same_lines_and_a_note_where_it_came_from()
    {
        Assert.True((await ImportAsync(Xlsx(Row("COPY-1", "OI-XIA-500", 2, remark: "送冰袋"), Row("COPY-1", "OI-OUDAI-300", 1, price: 18, remark: "送冰袋")))).Applied);
        var source = Assert.Single(await OrdersAsync("COPY-"));

        var copied = await app.AsUserAsync("reviewer", sp => sp.GetRequiredService<CopyOrder>().HandleAsync(source.Id));

        Assert.True(copied.Succeeded, copied.Error?.ToString());
        await using var db = await app.DbAsync();
        var copy = await db.Set<Order>().AsNoTracking().SingleAsync(o => o.Id == copied.Value);
        Assert.NotEqual(source.Id, copy.Id);
        Assert.Equal((OrderStatus.PendingReview, true, (string?)null), (copy.Status, copy.Touched, copy.ExternalNo));
        Assert.Equal(source.Lines.Select(l => (l.SkuId, l.MerchantCode, l.Quantity, l.Price)), copy.Lines.Select(l => (l.SkuId, l.MerchantCode, l.Quantity, l.Price)));
        Assert.Equal((source.ShopId, source.BuyerNick, source.Receiver, source.Paid), (copy.ShopId, copy.BuyerNick, copy.Receiver, copy.Paid));
        Assert.Contains(source.Id.ToString(), copy.ServiceRemark);
        Assert.Contains("送冰袋", copy.ServiceRemark);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Order) && a.EntityKey == copy.Id.ToString()));

        var missing = await app.AsUserAsync("reviewer", sp => sp.GetRequiredService<CopyOrder>().HandleAsync(999_999));
        Assert.Equal("Common.NotFound", missing.Error?.Code);
    }
}
