using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Web.Components.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BlazorErp.Web.Tests;

/// <summary>The courier page (物流公司) editing delivery rules against the real SaveCourier handler on SQLite.</summary>
public sealed class CouriersPageTests : IAsyncLifetime
{
    private ErpBunitContext _ctx = default!;
    private IRenderedComponent<Couriers> _page = default!;

    public async Task InitializeAsync()
    {
        _ctx = await ErpBunitContext.CreateAsync();
        _ctx.Bunit.Render<MudPopoverProvider>();
        // As the demo seeds 中通: remote provinces excluded with the note staff read at review, plus a district rule
        // whose name exists in two cities (朝阳区: Beijing and Changchun).
        var saved = await _ctx.Services.GetRequiredService<SaveCourier>().HandleAsync(new CourierInput
        {
            Code = "ZTO", Name = "中通快递", TownDeliveryNote = "乡镇部分网点需自提",
            Reach =
            [
                new ReachInput("新疆", ReachKind.Exclude, "超区不发"), new ReachInput("西藏", ReachKind.Exclude, "超区不发"),
                new ReachInput("内蒙古", ReachKind.Exclude, "超区不发"), new ReachInput("北京市朝阳区", ReachKind.Exclude, "朝阳网点停发"),
                new ReachInput("深圳市南山区", ReachKind.Serve, null),
            ],
            Rates = [new RateInput(null, 1, 8, 4), new RateInput("湖北", 1, 5, 2)],
        });
        Assert.True(saved.Succeeded, saved.Error?.ToString());
        _page = _ctx.Bunit.Render<Couriers>();
        _page.WaitForElement("[data-testid=courier-edit-ZTO]");
    }

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    private async Task<Courier> ZtoAsync()
    {
        await using var db = await _ctx.DbAsync();
        return await db.Set<Courier>().AsNoTracking().SingleAsync(c => c.Code == "ZTO");
    }

    private IReadOnlyList<Snackbar> Errors() =>
        _ctx.Services.GetRequiredService<ISnackbar>().ShownSnackbars.Where(s => s.Severity == Severity.Error).ToList();

    [Fact]
    public async Task Editing_and_saving_unchanged_keeps_every_rule_and_note()
    {
        var before = await ZtoAsync();
        _page.Find("[data-testid=courier-edit-ZTO]").Click();

        Assert.Equal("北京市朝阳区", _page.Find("input[data-testid=reach-region-0]").GetAttribute("value"));
        Assert.Equal("朝阳网点停发", _page.Find("input[data-testid=reach-note-0]").GetAttribute("value"));
        _page.Find("[data-testid=courier-save]").Click();

        _page.WaitForAssertion(() => Assert.Contains(_ctx.Services.GetRequiredService<ISnackbar>().ShownSnackbars, s => s.Severity == Severity.Success));
        Assert.Empty(Errors());
        var after = await ZtoAsync();
        Assert.Equal(before.Reach, after.Reach);
        Assert.Equal(5, after.Reach.Count);
        Assert.All(after.Reach.Where(r => r.Kind == ReachKind.Exclude && r.RegionCode.EndsWith("0000")), r => Assert.Equal("超区不发", r.Note));
    }

    [Fact]
    public async Task A_new_rule_shows_what_it_will_save_as_and_an_ambiguous_district_is_explained()
    {
        _page.Find("[data-testid=courier-edit-ZTO]").Click();
        _page.Find("[data-testid=reach-add]").Click();
        var row = _page.FindAll("[data-testid=reach-row]").Count - 1;

        _page.Find($"input[data-testid=reach-region-{row}]").Change("南山区");
        _page.WaitForAssertion(() => Assert.Contains("地区「南山区」不唯一", _page.FindAll("[data-testid=reach-row]")[row].TextContent));
        _page.Find("[data-testid=courier-save]").Click();
        _page.WaitForAssertion(() => Assert.Contains(Errors(), s => s.Message?.Contains($"送达规则第 {row + 1} 行：地区「南山区」不唯一") == true));

        _page.Find($"input[data-testid=reach-region-{row}]").Change("广东 深圳 南山");
        _page.WaitForAssertion(() => Assert.Contains("广东省深圳市南山区", _page.FindAll("[data-testid=reach-row]")[row].TextContent));
        _page.Find($"input[data-testid=reach-note-{row}]").Change("需预约");
        _page.Find("[data-testid=courier-save]").Click();
        _page.WaitForAssertion(() => Assert.Contains(Errors(), s => s.Message?.Contains("「广东省深圳市南山区」已在第") == true));

        // The rule already exists as 深圳市南山区 (row 2): change the new row to another district instead.
        _page.Find($"input[data-testid=reach-region-{row}]").Change("吉林省长春市朝阳区");
        _page.Find("[data-testid=courier-save]").Click();

        _page.WaitForAssertion(() => Assert.Contains(_ctx.Services.GetRequiredService<ISnackbar>().ShownSnackbars, s => s.Severity == Severity.Success));
        var saved = await ZtoAsync();
        Assert.Contains(new ReachRule("220104", ReachKind.Exclude, "需预约"), saved.Reach);
        Assert.Contains(new ReachRule("110105", ReachKind.Exclude, "朝阳网点停发"), saved.Reach);
    }
}
