using BlazorErp.Core.Localization;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Web.Components.Admin;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace BlazorErp.Web.Tests;

/// <summary>The audit page (审计日志) reads the real log on SQLite: entity names, localized enum values, changes as "字段: 前 → 后".</summary>
public sealed class AuditLogPageTests : IAsyncLifetime
{
    private ErpBunitContext _ctx = default!;

    public async Task InitializeAsync()
    {
        _ctx = await ErpBunitContext.CreateAsync();
        _ctx.Bunit.Render<MudPopoverProvider>();
    }

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    [Fact]
    public async Task A_removed_freight_rate_reads_as_the_rates_before_and_after_under_the_couriers_name()
    {
        var save = _ctx.Services.GetRequiredService<SaveCourier>();
        var input = new CourierInput { Code = "AUDP", Name = "审计页快递", Reach = [new ReachInput("西藏", ReachKind.Exclude, "超区不发")], Rates = [new RateInput(null, 1, 8, 4), new RateInput("湖北", 1, 5, 2)] };
        var id = (await save.HandleAsync(input)).Value;
        Assert.True((await save.HandleAsync(input with { Id = id, Rates = [new RateInput(null, 1, 8, 4)] })).Succeeded);
        var L = _ctx.Services.GetRequiredService<IStringLocalizer<Strings>>();

        var page = _ctx.Bunit.Render<AuditLog>();

        List<string> Changes() => page.FindAll("[data-testid=audit-changes]").Select(c => c.TextContent).ToList();
        page.WaitForAssertion(() => Assert.Contains(Changes(), c => c.Contains("Rates: ")));
        var changes = Changes();
        Assert.Contains(changes, c => c.Contains("Rates: 1 8 4；420000 1 5 2 → 1 8 4")); // one line per rate: the 湖北 rate is gone
        Assert.Contains(changes, c => c.Contains("Reach: 540000 " + L["ReachKind.Exclude"].Value + " 超区不发") || c.Contains("Reach: 540000 Exclude 超区不发"));
        Assert.Contains(L["Entity.Courier"].Value, page.Markup);
        Assert.DoesNotContain(">Courier<", page.Markup);
    }
}
