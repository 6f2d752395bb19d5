using BlazorErp.Core.MasterData;

namespace BlazorErp.Core.Tests;

public class CourierTests
{
    private const string Guangdong = "440000", Hunan = "430000", Xinjiang = "650000", Shenzhen = "440300", Nanshan = "440305";

    private static Courier Zto()
    {
        var courier = new Courier("zto", "中通快递");
        courier.SetRates([
            new FreightRate(null, 1, 10m, 5m),
            new FreightRate(Guangdong, 1, 6m, 2m),
            new FreightRate(Xinjiang, 0.5m, 20m, 15m),
        ]);
        return courier;
    }

    [Theory]
    [InlineData(Guangdong, 0.3, 6)]     // under the first weight
    [InlineData(Guangdong, 1.0, 6)]     // exactly the first weight
    [InlineData(Guangdong, 1.01, 8)]    // any started kilogram counts
    [InlineData(Guangdong, 3.5, 12)]    // 1 + 3 started kg
    [InlineData(Hunan, 2.0, 15)]        // no Hunan row: the default
    [InlineData(Xinjiang, 0.5, 20)]
    [InlineData(Xinjiang, 1.2, 35)]     // first 0.5 kg, then 0.7 → 1 started kg
    public void Freight_is_first_weight_plus_each_started_additional_kilogram(string province, double kg, int expected) =>
        Assert.Equal(expected, Zto().ComputeFreight(province, (decimal)kg).Value);

    [Fact]
    public void A_zero_weight_or_a_table_without_default_is_refused()
    {
        Assert.Equal("Courier.WeightInvalid", Zto().ComputeFreight(Guangdong, 0).Error!.Code);
        var courier = new Courier("SF", "顺丰速运");
        Assert.Equal("Courier.RateDefaultMissing", courier.SetRates([new FreightRate(Guangdong, 1, 12, 2)]).Error!.Code);
        Assert.Equal("Courier.RateDuplicate", courier.SetRates([new FreightRate(null, 1, 12, 2), new FreightRate(null, 1, 13, 2)]).Error!.Code);
    }

    [Fact]
    public void Exclusions_carve_regions_out_and_a_deeper_rule_wins()
    {
        var courier = Zto();
        courier.SetReach([new ReachRule(Xinjiang, ReachKind.Exclude), new ReachRule(Shenzhen, ReachKind.Exclude), new ReachRule(Nanshan, ReachKind.Serve)]);

        Assert.True(courier.CanReach(Hunan, "430100", "430102"));
        Assert.False(courier.CanReach(Xinjiang, "650100", null));
        Assert.False(courier.CanReach(Guangdong, Shenzhen, "440304"));
        Assert.True(courier.CanReach(Guangdong, Shenzhen, Nanshan));
    }

    [Fact]
    public void With_serve_rules_only_the_served_regions_are_reached()
    {
        var local = new Courier("LOCAL", "同城配送");
        local.SetReach([new ReachRule(Guangdong, ReachKind.Serve)]);
        Assert.True(local.CanReach(Guangdong, Shenzhen, Nanshan));
        Assert.False(local.CanReach(Hunan, null, null));
    }
}
