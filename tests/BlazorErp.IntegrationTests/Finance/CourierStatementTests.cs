using System.Text;
using BlazorErp.Core.Finance;
using BlazorErp.Core.Finance.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.IntegrationTests.Finance;

/// <summary>邮资月结 and 快递代收: a courier's bill and remittance matched by tracking number, differences posted on confirmation.</summary>
public sealed class CourierStatementTests(ErpFactory app) : IClassFixture<ErpFactory>
{
    private static int _worlds;
    private Task<FinanceWorld> WorldAsync() => FinanceWorld.CreateAsync(app, "C" + Interlocked.Increment(ref _worlds));

    private static (DateOnly From, DateOnly To) ThisMonth()
    {
        var today = Books.ChinaDate(DateTime.UtcNow);
        var first = new DateOnly(today.Year, today.Month, 1);
        return (first, first.AddMonths(1).AddDays(-1));
    }

    [Fact]
    public async Task A_postage_bill_shows_over_and_under_charged_unknown_and_missing_parcels_and_confirming_posts_the_payable_adjustment()
    {
        var world = await WorldAsync();
        var parcels = await world.ShippedAsync(app, 4); // 1.2 kg, 7 元 each
        var bill = FinanceWorld.Csv(FinanceWorld.Gbk, false, "物流单号,重量,运费",
            $"{parcels[0].TrackingNo},1.2,7.00", $"{parcels[1].TrackingNo},2.1,9.00", $"{parcels[2].TrackingNo},1.0,6", "YT0000000001,0.5,5.00");
        var (from, to) = ThisMonth();

        var imported = await FinanceWorld.ImportAsync(app, StatementKind.Postage, world.CourierId, bill, "中通月结.csv", from, to);

        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        var view = await FinanceWorld.ViewAsync(app, imported.StatementId!.Value);
        Assert.Equal(parcels[0].TrackingNo, Assert.Single(view.Matched).Key);
        Assert.Equal([(parcels[1].TrackingNo, 2m, 2.1m, 1.2m), (parcels[2].TrackingNo, -1m, 1.0m, 1.2m)],
            view.Differs.Select(d => (d.Key, d.Difference!.Value, d.WeightKg!.Value, d.OurWeightKg!.Value)));
        Assert.Equal("YT0000000001", Assert.Single(view.Unknown).Key);
        var missing = Assert.Single(view.Missing);
        Assert.Equal((parcels[3].TrackingNo, 7m, 1.2m), (missing.Reference, missing.Amount, missing.WeightKg!.Value));

        var confirmed = await FinanceWorld.AsFinance(app, sp => sp.GetRequiredService<ConfirmStatement>().HandleAsync(view.Id, null));

        Assert.True(confirmed.Succeeded, confirmed.Error?.ToString());
        Assert.Equal((-29m, -29m), await FinanceWorld.BalanceAsync(app, LedgerAccount.CourierFreightPayable, Party.Courier(world.CourierId))); // 4 × 7 + 2 − 1
        var again = await FinanceWorld.ImportAsync(app, StatementKind.Postage, world.CourierId, bill, "中通月结.csv", from, to);
        Assert.Equal((view.Id, 0), (again.StatementId, again.NewLines));
        // A corrected bill for the same parcel compares with the freight as adjusted, so nothing is adjusted twice.
        var corrected = await FinanceWorld.ImportAsync(app, StatementKind.Postage, world.CourierId,
            FinanceWorld.Csv(Encoding.UTF8, false, "物流单号,重量,运费", $"{parcels[1].TrackingNo},2.1,9.00"), "更正.csv", from, to);
        Assert.Single((await FinanceWorld.ViewAsync(app, corrected.StatementId!.Value)).Matched);
    }

    [Fact]
    public async Task A_cod_remittance_settles_the_parcels_the_courier_collected_and_lists_the_differences()
    {
        var world = await WorldAsync();
        var parcels = await world.ShippedAsync(app, 3, cashOnDelivery: true); // 65 元 collected each
        var bank = await FinanceWorld.MoneyAccountAsync(app, "工行-" + world.CourierId, MoneyAccountKind.Bank);
        var remittance = FinanceWorld.Csv(Encoding.UTF8, true, "物流单号,代收金额",
            $"{parcels[0].TrackingNo},65.00", $"{parcels[1].TrackingNo},60.00", "ZT9999999999,30");

        var imported = await FinanceWorld.ImportAsync(app, StatementKind.Cod, world.CourierId, remittance, "代收回款.csv");
        var view = await FinanceWorld.ViewAsync(app, imported.StatementId!.Value);

        Assert.Equal((1, 1, 1), (view.Matched.Count, view.Differs.Count, view.Unknown.Count));
        Assert.Equal(-5m, view.Differs[0].Difference);
        Assert.Equal(parcels[2].TrackingNo, Assert.Single(view.Missing).Reference);
        var confirmed = await FinanceWorld.AsFinance(app, sp => sp.GetRequiredService<ConfirmStatement>().HandleAsync(view.Id, bank));
        Assert.True(confirmed.Succeeded, confirmed.Error?.ToString());
        Assert.Equal((125m, 125m), await FinanceWorld.BalanceAsync(app, LedgerAccount.CashBank, Party.Money(bank)));
        Assert.Equal((70m, 70m), await FinanceWorld.BalanceAsync(app, LedgerAccount.CourierCodReceivable, Party.Courier(world.CourierId)));
    }

    [Fact]
    public async Task Confirming_a_remittance_needs_the_account_the_money_went_into()
    {
        var world = await WorldAsync();
        var parcels = await world.ShippedAsync(app, 1, cashOnDelivery: true);
        var imported = await FinanceWorld.ImportAsync(app, StatementKind.Cod, world.CourierId,
            FinanceWorld.Csv(Encoding.UTF8, false, "物流单号,代收金额", $"{parcels[0].TrackingNo},65"), "r.csv");
        var refused = await FinanceWorld.AsFinance(app, sp => sp.GetRequiredService<ConfirmStatement>().HandleAsync(imported.StatementId!.Value, null));
        Assert.Equal("Statement.MoneyAccountRequired", refused.Error?.Code);
    }
}
