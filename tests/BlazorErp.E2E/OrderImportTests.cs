using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MiniExcelLibs;
using static Microsoft.Playwright.Assertions;

namespace BlazorErp.E2E;

[Collection(nameof(AppCollection))]
public class OrderImportTests(AppServer app)
{
    private const string Buyer = "E2E导入-孙女士";

    /// <summary>An order sheet for the demo merchant: (外部单号, 商家编码, 数量) per row, one buyer.</summary>
    private static string Sheet(params (string ExternalNo, string Code, int Quantity)[] rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"orders-{Guid.NewGuid():N}.xlsx");
        MiniExcel.SaveAs(path, rows.Select(r => new Dictionary<string, object?>
        {
            ["外部单号"] = r.ExternalNo, ["店铺"] = "淘宝-鸿运旗舰店", ["买家昵称"] = Buyer, ["收货人"] = "孙女士", ["手机"] = "13900271234",
            ["省"] = "湖北省", ["市"] = "武汉市", ["区"] = "江汉区", ["详细地址"] = "江汉路 100 号", ["商家编码"] = r.Code, ["数量"] = r.Quantity,
        }));
        return path;
    }

    [Fact]
    public async Task A_clerk_imports_a_sheet_fixes_the_bad_row_finds_the_orders_waiting_for_review_and_copies_one()
    {
        var page = await app.NewPageAsync();
        await AppServer.SignInAsync(page, "reviewer");
        await page.GotoAsync("/orders/import");
        await AppServer.WaitInteractiveAsync(page);

        await page.SetInputFilesAsync("input[type=file]", Sheet(("E2E-IMP-1", "OUDAI-300", 2), ("E2E-IMP-1", "XIA-JW-500", 1), ("E2E-IMP-2", "NO-SUCH-SKU", 1)));

        var row = page.GetByTestId("import-errors").GetByTestId("import-error-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("4");
        await Expect(row).ToContainTextAsync("商家编码");
        await Expect(row).ToContainTextAsync("NO-SUCH-SKU");

        await page.SetInputFilesAsync("input[type=file]", Sheet(("E2E-IMP-1", "OUDAI-300", 2), ("E2E-IMP-1", "XIA-JW-500", 1), ("E2E-IMP-2", "OUDAI-300", 1)));

        var done = page.GetByTestId("order-import-done");
        await Expect(done).ToContainTextAsync("新建 2 个订单");
        await Expect(page.GetByTestId("import-errors")).ToBeHiddenAsync();

        await done.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/orders/search$"));
        await AppServer.WaitInteractiveAsync(page);
        await page.GetByTestId("order-search").FillAsync(Buyer);
        var grid = page.GetByTestId("orders-grid");
        await Expect(grid.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(grid).ToContainTextAsync("孙女士");
        await Expect(grid).ToContainTextAsync("待审核");

        // 复制订单 from the detail: the copy opens, says where it came from, and joins the list.
        await grid.Locator("tbody tr").First.ClickAsync();
        var detail = page.GetByTestId("order-detail");
        await Expect(detail).ToContainTextAsync("E2E-IMP-");
        await detail.GetByTestId("copy-order").ClickAsync();
        await Expect(page.GetByTestId("service-remark")).ToContainTextAsync("复制自订单");
        await Expect(grid.Locator("tbody tr")).ToHaveCountAsync(3);
    }
}
