using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorErp.E2E;

/// <summary>The warehouse's day in one test: approve → print batch → PDF → scan inspection → weigh &amp; ship → the platform knows.</summary>
[Collection(nameof(AppCollection))]
public class PrintShipTests(AppServer app)
{
    [Fact]
    public async Task Approved_orders_are_printed_inspected_by_scanning_weighed_shipped_and_synced_to_the_platform()
    {
        await WarehouseFlow.ApprovePageAsync(app, "reviewer2");

        // 单据打印: the warehouse makes a batch of the 中通 orders; the worker renders it; the PDF opens.
        var (warehouse, batch, candidates) = await WarehouseFlow.PrintZtoBatchAsync(app);
        var pdf = await warehouse.APIRequest.GetAsync((await batch.GetByTestId("file-waybills").GetAttributeAsync("href"))!);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]));
        await WarehouseFlow.MarkPrintedAsync(batch);

        // 验货: scanner-first, keyboard only. A wrong item is refused; the right ones complete the parcel.
        var orderId = await WarehouseFlow.OpenParcelAsync(warehouse, candidates);
        var scan = warehouse.GetByTestId("scan");
        await scan.FillAsync("NOT-IN-THIS-BOX");
        await scan.PressAsync("Enter");
        await Expect(warehouse.GetByTestId("scan-message")).ToContainTextAsync("不是这个包裹的商品");
        await WarehouseFlow.ScanAllItemsAsync(warehouse);

        // 称重发货: the last scan went straight to the scale; the weight and Enter ship it.
        var tid = Regex.Match(await warehouse.GetByTestId("weigh-parcel").GetByTestId("parcel-tids").InnerTextAsync(), @"(\d+)").Groups[1].Value;
        var trackingNo = await WarehouseFlow.WeighAndShipAsync(warehouse, orderId);

        // 发货同步: the platform's trade shows it shipped with our tracking number.
        var admin = await app.NewPageAsync();
        await AppServer.SignInAsync(admin, "admin");
        string status = "", shipments = "";
        for (var waited = 0; waited < 45_000 && !(status == "WAIT_BUYER_CONFIRM_GOODS" && shipments.Contains(trackingNo)); waited += 1_000)
        {
            await Task.Delay(1_000);
            var trade = JsonDocument.Parse(await (await admin.APIRequest.GetAsync("/sandbox/trades/" + tid)).TextAsync()).RootElement;
            (status, shipments) = (trade.GetProperty("status").GetString()!, trade.GetProperty("shipments").GetRawText());
        }
        Assert.Equal("WAIT_BUYER_CONFIRM_GOODS", status);
        Assert.Contains(trackingNo, shipments);
    }
}
