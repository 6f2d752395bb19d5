using System.Text;
using BlazorErp.Core.Finance;
using BlazorErp.Core.Finance.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.IntegrationTests.Finance;

/// <summary>担保交易对帐 on a real database: statements as Alipay exports them, matched to what we shipped, posted once.</summary>
public sealed class EscrowReconciliationTests(ErpFactory app) : IClassFixture<ErpFactory>
{
    private const string Header = "订单号,下单时间,金额,服务费,结算时间";
    private static int _worlds;
    private Task<FinanceWorld> WorldAsync() => FinanceWorld.CreateAsync(app, "E" + Interlocked.Increment(ref _worlds));

    private static string Line(long tid, decimal amount, decimal fee = 0.65m) => $"{tid},2026-11-01 10:00:00,{amount:0.00},{fee:0.00},2026-11-12 08:00:00";

    private async Task<int> EntriesOfAsync(long statementId)
    {
        await using var db = await app.DbAsync();
        return await db.Set<JournalEntry>().CountAsync(e => e.SourceKind == JournalSource.EscrowStatement && e.SourceId == statementId);
    }

    [Fact]
    public async Task A_GBK_statement_gives_the_four_lists_confirming_posts_the_settlement_once_and_importing_it_again_changes_nothing()
    {
        var world = await WorldAsync();
        var shipped = await world.ShippedAsync(app, 4); // 65 元 each
        var printed = (await world.PrintedAsync(app, 1))[0]; // ours, not shipped yet
        var never = FinanceWorld.NewTid();
        var file = FinanceWorld.Csv(FinanceWorld.Gbk, bom: false, Header,
            Line(shipped[0].Tid, 65m), Line(shipped[1].Tid, 60m), Line(shipped[3].Tid, 65m), Line(never, 20m), Line(printed.Tid, 65m));
        var bank = await FinanceWorld.MoneyAccountAsync(app, "支付宝-" + world.ShopId);

        var imported = await FinanceWorld.ImportAsync(app, StatementKind.Escrow, world.ShopId, file, "支付宝账单.csv");

        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        Assert.Equal(5, imported.NewLines);
        Assert.Equal(0, await EntriesOfAsync(imported.StatementId!.Value)); // nothing posted until confirmed
        var view = await FinanceWorld.ViewAsync(app, imported.StatementId.Value, days: 0);
        Assert.Equal([shipped[0].Tid.ToString(), shipped[3].Tid.ToString()], view.Matched.Select(l => l.Key));
        var differs = Assert.Single(view.Differs);
        Assert.Equal((shipped[1].Tid.ToString(), 65m, -5m), (differs.Key, differs.Expected!.Value, differs.Difference!.Value));
        Assert.Equal([never.ToString(), printed.Tid.ToString()], view.Unknown.Select(l => l.Key));
        Assert.Equal(["Statement.TidUnknown", "Statement.TidNotShipped"], view.Unknown.Select(l => l.Note));
        Assert.Equal("OrderStatus.Printed", view.Unknown[1].NoteArg);
        Assert.Equal(shipped[2].Tid.ToString(), Assert.Single(view.Missing).Reference);
        Assert.Empty((await FinanceWorld.ViewAsync(app, imported.StatementId.Value, days: 15)).Missing); // shipped today: not late yet

        var confirmed = await FinanceWorld.AsFinance(app, sp => sp.GetRequiredService<ConfirmStatement>().HandleAsync(imported.StatementId.Value, bank));

        Assert.True(confirmed.Succeeded, confirmed.Error?.ToString());
        Assert.Equal((3, 190m), (confirmed.Value!.PostedLines, confirmed.Value.Amount));
        Assert.Equal((70m, 70m), await FinanceWorld.BalanceAsync(app, LedgerAccount.ShopEscrowReceivable, Party.Shop(world.ShopId))); // 5 short + one unsettled
        Assert.Equal((190m - 3 * 0.65m, 190m - 3 * 0.65m), await FinanceWorld.BalanceAsync(app, LedgerAccount.CashBank, Party.Money(bank)));
        var after = await FinanceWorld.ViewAsync(app, imported.StatementId.Value, days: 0);
        Assert.Equal((StatementStatus.Confirmed, "finance", 2, 1, 2), (after.Status, after.ClosedBy, after.Matched.Count, after.Differs.Count, after.Unknown.Count));

        var again = await FinanceWorld.ImportAsync(app, StatementKind.Escrow, world.ShopId, file, "支付宝账单(1).csv");
        Assert.True(again.Succeeded);
        Assert.Equal((imported.StatementId, 0, 5), (again.StatementId, again.NewLines, again.AlreadyImported));
        var twice = await FinanceWorld.AsFinance(app, sp => sp.GetRequiredService<ConfirmStatement>().HandleAsync(imported.StatementId.Value, bank));
        Assert.Equal("Statement.NotOpen", twice.Error?.Code);
        Assert.Equal(1, await EntriesOfAsync(imported.StatementId.Value));
        await using var db = await app.DbAsync();
        Assert.Equal(5, await db.Set<StatementLine>().CountAsync(l => l.PartyId == world.ShopId && l.Kind == StatementKind.Escrow));
    }

    [Fact]
    public async Task Two_clerks_confirming_the_same_statement_at_once_post_it_once()
    {
        var world = await WorldAsync();
        var shipped = await world.ShippedAsync(app, 3);
        var file = FinanceWorld.Csv(Encoding.UTF8, bom: true, [Header, .. shipped.Select(s => Line(s.Tid, 65m))]);
        var bank = await FinanceWorld.MoneyAccountAsync(app, "支付宝双确认-" + world.ShopId);
        var statementId = (await FinanceWorld.ImportAsync(app, StatementKind.Escrow, world.ShopId, file, "a.csv")).StatementId!.Value;

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            FinanceWorld.AsFinance(app, sp => sp.GetRequiredService<ConfirmStatement>().HandleAsync(statementId, bank)))));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal("Statement.NotOpen", Assert.Single(results, r => !r.Succeeded).Error?.Code);
        Assert.Equal(1, await EntriesOfAsync(statementId));
        Assert.Equal((0m, 0m), await FinanceWorld.BalanceAsync(app, LedgerAccount.ShopEscrowReceivable, Party.Shop(world.ShopId)));
    }

    [Fact]
    public async Task Bad_statements_are_refused_with_row_level_messages_and_store_nothing()
    {
        var world = await WorldAsync();
        var shipped = await world.ShippedAsync(app, 2);
        async Task<List<(int Row, string Column, string Code)>> Refused(byte[] file, string name = "s.csv")
        {
            var result = await FinanceWorld.ImportAsync(app, StatementKind.Escrow, world.ShopId, file, name);
            Assert.False(result.Succeeded);
            Assert.Null(result.StatementId);
            return result.Errors.Select(e => (e.Row, e.Column, e.Error.Code)).ToList();
        }

        Assert.Equal([(1, "金额", "Import.ColumnMissing")], await Refused(FinanceWorld.Csv(FinanceWorld.Gbk, false, "订单号,服务费", $"{shipped[0].Tid},1")));
        Assert.Equal([(3, "订单号", "Statement.DuplicateLine"), (4, "订单号", "Statement.DuplicateKey")], await Refused(FinanceWorld.Csv(Encoding.UTF8, false, Header,
            Line(shipped[0].Tid, 65m), Line(shipped[0].Tid, 65m), Line(shipped[0].Tid, 64m))));
        Assert.Equal([(2, "金额", "Statement.NegativeAmount"), (3, "服务费", "Import.NumberInvalid"), (3, "结算时间", "Statement.TimeInvalid")],
            await Refused(FinanceWorld.Csv(Encoding.UTF8, false, Header, Line(shipped[0].Tid, -65m), $"{shipped[1].Tid},2026-11-01,65,一块,昨天")));
        // Bytes neither UTF-8 nor GBK can read (a Western code page's ÿ) are refused as such; Big5's bytes GBK happens to accept,
        // as mojibake, so every column is missing — and the message says the encoding may be the cause.
        var latin = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        Assert.Equal([(0, "", "Import.EncodingUnknown")], await Refused(FinanceWorld.Csv(latin, false, "Bestellnr ÿ,Betrag", $"{shipped[0].Tid},65")));
        var big5 = CodePagesEncodingProvider.Instance.GetEncoding(950)!;
        Assert.Equal([(1, "订单号", "Import.ColumnMissing"), (1, "金额", "Import.ColumnMissing"), (0, "", "Import.EncodingHint")],
            await Refused(FinanceWorld.Csv(big5, false, "訂單號,金額", $"{shipped[0].Tid},65")));
        Assert.Equal([(0, "", "Import.FileType")], await Refused([1, 2, 3], "statement.pdf"));
        await using var db = await app.DbAsync();
        Assert.False(await db.Set<Statement>().AnyAsync(s => s.PartyId == world.ShopId && s.Kind == StatementKind.Escrow));
    }

    [Fact]
    public async Task An_xlsx_statement_with_Alipay_merchant_order_numbers_matches_by_trade()
    {
        var world = await WorldAsync();
        var shipped = await world.ShippedAsync(app, 2);
        var file = FinanceWorld.Xlsx(shipped.Select(s => new Dictionary<string, object?>
        {
            ["商户订单号"] = "T200P" + s.Tid, ["收入金额"] = 65m, ["服务费"] = 0.5m, ["结算时间"] = "2026-11-12 08:00:00",
        }));

        var imported = await FinanceWorld.ImportAsync(app, StatementKind.Escrow, world.ShopId, file, "账单.xlsx");

        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        Assert.Equal(2, (await FinanceWorld.ViewAsync(app, imported.StatementId!.Value)).Matched.Count);
    }

    [Fact]
    public async Task A_statement_for_the_wrong_shop_is_discarded_and_its_lines_import_again_for_the_right_one()
    {
        var world = await WorldAsync();
        var other = await WorldAsync();
        var shipped = await world.ShippedAsync(app, 1);
        var file = FinanceWorld.Csv(Encoding.UTF8, false, Header, Line(shipped[0].Tid, 65m));
        var wrong = await FinanceWorld.ImportAsync(app, StatementKind.Escrow, other.ShopId, file, "s.csv");
        var view = await FinanceWorld.ViewAsync(app, wrong.StatementId!.Value);
        Assert.Single(view.Unknown);

        var discarded = await FinanceWorld.AsFinance(app, sp => sp.GetRequiredService<DiscardStatement>().HandleAsync(view.Id, view.Version));
        Assert.True(discarded.Succeeded, discarded.Error?.ToString());
        Assert.Equal(1, (await FinanceWorld.ImportAsync(app, StatementKind.Escrow, other.ShopId, file, "s.csv")).NewLines); // set aside: may come again
        var right = await FinanceWorld.ImportAsync(app, StatementKind.Escrow, world.ShopId, file, "s.csv");
        Assert.Single((await FinanceWorld.ViewAsync(app, right.StatementId!.Value)).Matched);
    }

    [Fact]
    public async Task A_trade_settles_once_across_statements_and_one_unknown_when_confirmed_is_booked_when_it_comes_again_after_shipping()
    {
        var world = await WorldAsync();
        var shipped = await world.ShippedAsync(app, 1);
        var printed = (await world.PrintedAsync(app, 1))[0];
        var bank = await FinanceWorld.MoneyAccountAsync(app, "支付宝-" + world.ShopId);
        var first = await FinanceWorld.ImportAsync(app, StatementKind.Escrow, world.ShopId,
            FinanceWorld.Csv(Encoding.UTF8, true, Header, Line(shipped[0].Tid, 65m), Line(printed.Tid, 65m)), "十一月上.csv");
        Assert.True((await FinanceWorld.AsFinance(app, sp => sp.GetRequiredService<ConfirmStatement>().HandleAsync(first.StatementId!.Value, bank))).Succeeded);

        // An overlapping export with the settled trade's row corrected, and the parcel that was not shipped at the first import.
        var overlap = FinanceWorld.Csv(Encoding.UTF8, true, Header, Line(shipped[0].Tid, 64m), Line(printed.Tid, 65m));
        var early = await FinanceWorld.ImportAsync(app, StatementKind.Escrow, world.ShopId, overlap, "十一月下.csv");
        Assert.Equal((0, 2), (early.NewLines, early.AlreadyImported)); // still unknown: it stays out

        await FinanceWorld.ShipAsync(app, printed.OrderId);
        var later = await FinanceWorld.ImportAsync(app, StatementKind.Escrow, world.ShopId, overlap, "十一月下.csv");
        Assert.True(later.Succeeded, string.Join("; ", later.Errors));
        Assert.Equal((1, 1), (later.NewLines, later.AlreadyImported));
        Assert.Equal(printed.Tid.ToString(), Assert.Single((await FinanceWorld.ViewAsync(app, later.StatementId!.Value)).Matched).Key);
        Assert.True((await FinanceWorld.AsFinance(app, sp => sp.GetRequiredService<ConfirmStatement>().HandleAsync(later.StatementId.Value, bank))).Succeeded);
        Assert.Equal((0m, 0m), await FinanceWorld.BalanceAsync(app, LedgerAccount.ShopEscrowReceivable, Party.Shop(world.ShopId))); // each settled once
    }
}
