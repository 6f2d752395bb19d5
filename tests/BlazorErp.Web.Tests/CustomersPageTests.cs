using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Web.Components.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BlazorErp.Web.Tests;

/// <summary>The customer page's address book (收货地址) against the real SaveCustomer handler on SQLite.</summary>
public sealed class CustomersPageTests : IAsyncLifetime
{
    private ErpBunitContext _ctx = default!;
    private IRenderedComponent<Customers> _page = default!;

    public async Task InitializeAsync()
    {
        _ctx = await ErpBunitContext.CreateAsync();
        _ctx.Bunit.Render<MudPopoverProvider>();
    }

    private void RenderPage() => _page = _ctx.Bunit.Render<Customers>();

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    private async Task<Customer?> CustomerAsync(string nick)
    {
        await using var db = await _ctx.DbAsync();
        return await db.Set<Customer>().AsNoTracking().SingleOrDefaultAsync(c => c.BuyerNick == nick);
    }

    private IReadOnlyList<Snackbar> Shown(Severity severity) =>
        _ctx.Services.GetRequiredService<ISnackbar>().ShownSnackbars.Where(s => s.Severity == severity).ToList();

    private string Value(string testId) => _page.Find($"input[data-testid={testId}]").GetAttribute("value") ?? "";

    [Fact]
    public async Task A_pasted_address_becomes_a_row_and_is_saved_with_region_codes()
    {
        RenderPage();
        _page.Find("input[data-testid=customer-nick]").Change("tb_lily_chen");
        _page.Find("input[data-testid=address-paste]").Change("陈丽，138 0013 8000，广东省 深圳市 南山区 科技园南区 T3 栋 1201");
        _page.Find("[data-testid=address-paste-add]").Click();

        Assert.Equal(("陈丽", "13800138000", "科技园南区 T3 栋 1201"), (Value("address-name-0"), Value("address-phone-0"), Value("address-street-0")));
        Assert.Contains("南山区", _page.Find("[data-testid=address-row]").TextContent);
        _page.Find("[data-testid=customer-save]").Click();

        _page.WaitForAssertion(() => Assert.NotEmpty(Shown(Severity.Success)));
        var saved = (await CustomerAsync("tb_lily_chen"))!;
        Assert.Equal([new CustomerAddress("陈丽", "13800138000", "440000", "440300", "440305", "科技园南区 T3 栋 1201", true)], saved.Addresses);
        _page.WaitForAssertion(() => Assert.Contains("广东省深圳市南山区科技园南区 T3 栋 1201", _page.Find("tbody").TextContent));
    }

    [Fact]
    public async Task An_address_without_a_phone_is_refused_with_its_row_and_the_customer_is_not_saved()
    {
        RenderPage();
        _page.Find("input[data-testid=customer-nick]").Change("tb_no_phone");
        _page.Find("input[data-testid=address-paste]").Change("陈丽 13800138000 广东省深圳市南山区科技园南区 T3 栋 1201");
        _page.Find("[data-testid=address-paste-add]").Click();
        _page.Find("[data-testid=address-paste-add]").Click(); // nothing pasted: an empty row to type into
        _page.Find("input[data-testid=address-name-1]").Change("王小明");
        _page.Find("input[data-testid=address-street-1]").Change("张江路 88 弄 6 号 502");
        _page.Find("[data-testid=customer-save]").Click();

        _page.WaitForAssertion(() => Assert.Contains(Shown(Severity.Error), s => s.Message == "第 2 个收货地址：请填写收货人电话"));
        Assert.Null(await CustomerAsync("tb_no_phone"));
    }

    [Fact]
    public async Task Editing_a_customer_shows_its_addresses_and_saving_unchanged_keeps_them()
    {
        var addresses = new[]
        {
            new CustomerAddress("赵老板", "13800271234", "420000", "420500", "420502", "东山大道 116 号", false),
            new CustomerAddress("赵老板", "0717-6221234", "420000", "429000", "429005", "园林街道章华南路 1 号", true),
        };
        await _ctx.Services.GetRequiredService<SaveCustomer>().HandleAsync(new CustomerInput(null, Platform.Taobao, "楚天美食汇", "赵老板",
            CustomerCategory.Distributor, null, null, addresses));
        var before = (await CustomerAsync("楚天美食汇"))!;
        RenderPage();
        _page.WaitForElement("[data-testid='customer-edit-楚天美食汇']").Click();

        Assert.Equal(("0717-6221234", "园林街道章华南路 1 号"), (Value("address-phone-1"), Value("address-street-1")));
        Assert.Contains("潜江市", _page.FindAll("[data-testid=address-row]")[1].TextContent);
        _page.Find("[data-testid=customer-save]").Click();

        _page.WaitForAssertion(() => Assert.NotEmpty(Shown(Severity.Success)));
        Assert.Empty(Shown(Severity.Error));
        Assert.Equal(before.Addresses, (await CustomerAsync("楚天美食汇"))!.Addresses);
    }
}
