using BlazorErp.Core.Orders;
using BlazorErp.Core.Reporting;

namespace BlazorErp.Core.Tests;

public class SalesLineTests
{
    private static OrderLine Line(string code, int quantity, decimal price, decimal payment, bool gift = false) =>
        new(0, 1, code, "货品 " + code, null, quantity, price, payment, code.Length, gift);

    [Theory]
    [InlineData(7.00, new[] { 55.0, 20.0 })]
    [InlineData(10.00, new[] { 1.0, 1.0, 1.0 })]       // thirds: 3.33 + 3.34 + 3.33
    [InlineData(0.01, new[] { 10.0, 10.0, 10.0 })]
    [InlineData(-7.00, new[] { 55.0, 20.0 })]          // a reversal's negative freight splits the same way
    public void Freight_shares_follow_the_amounts_and_add_up_to_the_fen(decimal total, double[] weights)
    {
        var shares = SalesLine.Share(total, weights.Select(w => (decimal)w).ToList());
        Assert.Equal(total, shares.Sum());
        Assert.All(shares, s => Assert.Equal(Math.Round(s, 2), s));
        var sum = weights.Sum();
        Assert.All(shares.Zip(weights), p => Assert.InRange((double)p.First, (double)total * p.Second / sum - 0.011, (double)total * p.Second / sum + 0.011));
    }

    [Fact]
    public void A_parcel_posts_amount_discount_cost_freight_and_profit_per_line_and_gifts_carry_no_freight()
    {
        var lines = SalesLine.ForParcel(1, 2, 3, [Line("AA", 2, 30m, 55m), Line("BBB", 1, 20m, 20m), Line("G", 1, 0, 0, gift: true)],
            freight: 7m, postFee: 8m, approvedAtUtc: DateTime.UtcNow, shippedAtUtc: DateTime.UtcNow, unitCostOf: sku => sku * 2m);

        Assert.Equal([5m, 0m, 0m], lines.Select(l => l.Discount));
        Assert.Equal([8m, 6m, 2m], lines.Select(l => l.Cost)); // unit cost 4, 6, 2 (by the test's cost function)
        Assert.Equal(7m, lines.Sum(l => l.Freight));
        Assert.Equal(8m, lines.Sum(l => l.PostFee));
        Assert.Equal(0m, lines[2].Freight); // the gift is paid by nobody and carries no freight; its cost is a loss
        Assert.Equal(-2m, lines[2].GrossProfit);
        Assert.All(lines, l => Assert.Equal(l.Amount + l.PostFee - l.Cost - l.Freight, l.GrossProfit));
    }

    [Fact]
    public void A_reissue_of_zero_priced_lines_shares_its_freight_by_quantity_and_a_reversal_negates_everything_but_the_approval()
    {
        var approved = new DateTime(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc);
        var lines = SalesLine.ForParcel(1, 2, 3, [Line("A", 3, 0, 0), Line("B", 1, 0, 0)], 8m, 0m, approved, approved.AddHours(5), _ => 1m);
        Assert.Equal([6m, 2m], lines.Select(l => l.Freight));

        var reversedAt = approved.AddDays(1);
        var reversal = lines[0].Reversal(reversedAt);
        Assert.Equal((-3, -6m, -3m, 9m, approved, reversedAt), (reversal.Quantity, reversal.Freight, reversal.Cost, reversal.GrossProfit, reversal.ApprovedAtUtc, reversal.ShippedAtUtc));
    }

    [Fact]
    public void China_hours_and_days_do_not_depend_on_the_servers_time_zone()
    {
        var utc = new DateTime(2026, 3, 1, 16, 30, 0, DateTimeKind.Utc); // 00:30 on 2 March in China
        Assert.Equal(new DateTime(2026, 3, 2, 0, 0, 0), ChinaDay.HourOf(utc));
        Assert.Equal(new DateOnly(2026, 3, 2), ChinaDay.DateOf(utc));
        Assert.Equal(new DateTime(2026, 3, 1, 16, 0, 0, DateTimeKind.Utc), ChinaDay.StartUtc(new DateOnly(2026, 3, 2)));
    }
}
