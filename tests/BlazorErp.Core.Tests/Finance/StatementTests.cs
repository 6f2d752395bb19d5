using System.Text;
using BlazorErp.Core.Finance;
using BlazorErp.Core.Orders;
using FsCheck;
using FsCheck.Xunit;

namespace BlazorErp.Core.Tests.Finance;

/// <summary>Reading statements as platforms and couriers write them, matching them by key and amount, and sharing a parcel among its trades.</summary>
public class StatementTests
{
    private static StatementSheet.Result Read(string fileName, byte[] bytes, StatementKind kind) => StatementSheet.Read(new MemoryStream(bytes), fileName, kind);

    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    [Fact]
    public void Escrow_statements_read_from_GBK_or_UTF8_with_a_BOM_with_other_header_names_and_Alipay_merchant_numbers()
    {
        var text = "商户订单号,创建时间,结算金额,手续费,入账时间\r\nT200P12345,2026/11/1 9:30,65.00,0.65,2026-11-12 08:00:00\r\n";
        foreach (var bytes in new[] { Gbk.GetBytes(text), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], Encoding.UTF8.GetBytes(text) })
        {
            var read = Read("alipay.csv", bytes, StatementKind.Escrow);
            Assert.True(read.Succeeded, string.Join("; ", read.Errors));
            var row = Assert.Single(read.Rows);
            Assert.Equal(("12345", 65m, 0.65m, new DateTime(2026, 11, 1, 9, 30, 0), new DateTime(2026, 11, 12, 8, 0, 0)),
                (row.Key, row.Amount, row.Fee, row.OrderedAtChina!.Value, row.SettledAtChina!.Value));
        }
    }

    [Fact]
    public void Postage_bills_read_weights_in_kilograms_and_refuse_what_is_not_a_weight()
    {
        var read = Read("bill.csv", Encoding.UTF8.GetBytes("运单号,计费重量,运费\nZT1,1.25kg,8\nZT2,很重,5\n"), StatementKind.Postage);
        Assert.Equal([(3, "计费重量", "Statement.WeightInvalid")], read.Errors.Select(e => (e.Row, e.Column, e.Error.Code)));
        var ok = Read("bill.csv", Encoding.UTF8.GetBytes("运单号,计费重量,运费\nZT1,1.25kg,8\n"), StatementKind.Postage);
        Assert.Equal(1.25m, Assert.Single(ok.Rows).WeightKg);
    }

    [Fact]
    public void A_fee_above_the_amount_is_refused()
    {
        var read = Read("a.csv", Encoding.UTF8.GetBytes("订单号,金额,服务费\n1,5,6\n"), StatementKind.Escrow);
        Assert.Equal("Statement.FeeAboveAmount", Assert.Single(read.Errors).Error.Code);
    }

    [Fact]
    public void The_fingerprint_is_the_content_not_the_row()
    {
        var a = new StatementRow(2, "1", 65m, 0.65m, null, null, new DateTime(2026, 11, 12));
        Assert.Equal(a.Fingerprint, (a with { Row = 9 }).Fingerprint);
        Assert.NotEqual(a.Fingerprint, (a with { Amount = 65.01m }).Fingerprint);
        Assert.NotEqual(a.Fingerprint, (a with { SettledAtChina = new DateTime(2026, 11, 13) }).Fingerprint);
    }

    [Fact]
    public void Receipts_match_the_open_amount_and_freight_the_booked_freight()
    {
        var row = new StatementRow(2, "T1", 60m, 0, null, null, null);
        var since = new DateOnly(2026, 11, 1);
        Assert.Equal(StatementOutcome.Matched, StatementMatching.MatchReceipt(row, new OpenItem("T1", 60m, since), "x").Outcome);
        Assert.Equal(new LineMatch(StatementOutcome.Differs, 65m), StatementMatching.MatchReceipt(row, new OpenItem("T1", 65m, since), "x"));
        Assert.Equal("Statement.NothingOpen", StatementMatching.MatchReceipt(row, new OpenItem("T1", 0m, since), "x").Note);
        Assert.Equal(new LineMatch(StatementOutcome.Unknown, null, Note: "x"), StatementMatching.MatchReceipt(row, null, "x"));
        Assert.Equal(new LineMatch(StatementOutcome.Differs, 7m, 1.2m), StatementMatching.MatchFreight(row with { Amount = 9m }, new OpenItem("T1", 7m, since), 1.2m));

        var open = new[] { new OpenItem("A", 10m, since), new OpenItem("B", 10m, since.AddDays(20)), new OpenItem("C", 0m, since), new OpenItem("D", 5m, since.AddDays(-1)) };
        Assert.Equal(["D"], StatementMatching.OpenNotOnStatement(open, new HashSet<string> { "A" }, since.AddDays(15), 15).Select(i => i.Reference));
    }

    /// <summary>A merged parcel's amount is shared by its trades' line payments: the shares always add up to the amount.</summary>
    [Property(MaxTest = 300)]
    public bool A_parcel_amount_is_shared_among_its_trades_to_the_cent(PositiveInt[] payments, PositiveInt cents)
    {
        var lines = payments.Select((p, i) => new OrderLine(1_000 + i % 3, i, "C", "t", null, 1, 0, (p.Get % 100_000 + 1) / 100m, 1, false)).ToList();
        var order = Order.Manual(1, "b", new Receiver("n", "m", "s", "c", "d", "a", null, null, null, null), lines, 0, null, null, DateTime.UtcNow);
        var amount = cents.Get / 100m;
        var shares = SourcePostings.ByTrade(order, amount);
        return shares.Sum(s => s.Amount) == amount && (lines.Count == 0 ? shares.Single().Reference.StartsWith('#')
            : shares.Select(s => s.Reference).SequenceEqual(lines.Select(l => l.Tid).Distinct().Order().Select(t => t.ToString())));
    }
}
