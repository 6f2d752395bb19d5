using BlazorErp.Core.Inventory;
using BlazorErp.Core.Inventory.Features;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Web.Components.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BlazorErp.Web.Tests;

/// <summary>出入库单据 against the real handlers on SQLite: a typed cost must be a number; 审核 posts stock only once confirmed.</summary>
public sealed class StockDocumentsPageTests : IAsyncLifetime
{
    private ErpBunitContext _ctx = default!;
    private long _draftId;

    public async Task InitializeAsync()
    {
        _ctx = await ErpBunitContext.CreateAsync();
        _ctx.Bunit.Render<MudPopoverProvider>();
        var warehouseId = (await _ctx.Services.GetRequiredService<SaveWarehouse>().HandleAsync(new WarehouseInput { Code = "BD", Name = "本地仓库", Type = WarehouseType.Own })).Value;
        await _ctx.Services.GetRequiredService<SaveSku>().HandleAsync(new SkuInput { GoodsName = "冻虾仁", MerchantCode = "XIA-XR-500", RetailPrice = 39.9m });
        _draftId = (await _ctx.Services.GetRequiredService<CreateStockDocument>().HandleAsync(new StockDocumentInput(StockDocumentType.OpeningBalance,
            warehouseId, null, [new StockDocumentLineInput("XIA-XR-500", 5, 30m)]))).Value;
    }

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    private async Task<StockDocumentStatus?> StatusAsync(long id)
    {
        await using var db = await _ctx.DbAsync();
        return await db.Set<StockDocument>().Where(d => d.Id == id).Select(d => (StockDocumentStatus?)d.Status).SingleOrDefaultAsync();
    }

    private async Task<int> DocumentCountAsync()
    {
        await using var db = await _ctx.DbAsync();
        return await db.Set<StockDocument>().CountAsync();
    }

    [Fact]
    public async Task Audit_asks_first_and_posts_only_when_confirmed()
    {
        var page = _ctx.Bunit.Render<StockDocuments>();
        page.WaitForElement("[data-testid=document-audit]").Click();

        _ctx.Provider.WaitForAssertion(() => Assert.Contains("审核后将记入库存", _ctx.Provider.Markup));
        Assert.Equal(StockDocumentStatus.Draft, await StatusAsync(_draftId));

        _ctx.Provider.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "审核").Click();

        await WaitAsync(async () => await StatusAsync(_draftId) == StockDocumentStatus.Audited);
    }

    [Fact]
    public async Task A_cost_typed_with_a_unit_is_refused_with_its_line_and_nothing_is_saved()
    {
        var page = _ctx.Bunit.Render<StockDocuments>();
        page.WaitForElement("[data-testid=document-create]");
        var before = await DocumentCountAsync();

        page.Find("textarea[data-testid=document-lines]").Change("XIA-XR-500 5 30\nXIA-XR-500 5 30元");
        page.Find("[data-testid=document-create]").Click();

        page.WaitForAssertion(() => Assert.Contains(_ctx.Services.GetRequiredService<ISnackbar>().ShownSnackbars,
            s => s.Severity == Severity.Error && (s.Message ?? "").Contains("第 2 行") && (s.Message ?? "").Contains("30元")));
        Assert.Equal(before, await DocumentCountAsync());
    }

    [Fact]
    public async Task A_draft_shows_its_lines_and_is_deleted_after_confirmation()
    {
        var page = _ctx.Bunit.Render<StockDocuments>();
        page.WaitForElement("[data-testid=document-view]").Click();
        page.WaitForAssertion(() => Assert.Contains("冻虾仁", page.Find("[data-testid=document-lines-view]").TextContent));

        page.Find("[data-testid=document-delete]").Click();
        _ctx.Provider.WaitForAssertion(() => Assert.NotEmpty(_ctx.Provider.FindAll(".mud-dialog button")));
        _ctx.Provider.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "删除").Click();

        await WaitAsync(async () => await StatusAsync(_draftId) is null);
    }

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 50 && !await condition(); i++) await Task.Delay(100);
        Assert.True(await condition());
    }
}
