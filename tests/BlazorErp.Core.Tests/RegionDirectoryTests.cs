using BlazorErp.Core.Regions;

namespace BlazorErp.Core.Tests;

public class RegionDirectoryTests
{
    private static readonly RegionDirectory China = RegionDirectory.China;

    [Theory]
    [InlineData("内蒙古", "150000")]
    [InlineData("内蒙古自治区", "150000")]
    [InlineData("北京", "110000")]
    [InlineData("北京市", "110000")]
    [InlineData("广西", "450000")]
    [InlineData("广西壮族自治区", "450000")]
    [InlineData("新疆", "650000")]
    [InlineData("西藏", "540000")]
    [InlineData(" 湖南省 ", "430000")]
    public void Province_names_resolve_in_full_and_short_form(string name, string code) =>
        Assert.Equal(code, China.Resolve(name).Value!.Province.Code);

    [Fact]
    public void A_full_address_resolves_level_by_level()
    {
        var path = China.Resolve("广东", "深圳", "南山").Value!;
        Assert.Equal(("440000", "440300", "440305"), (path.Province.Code, path.City!.Code, path.District!.Code));
        Assert.Equal("广东省深圳市南山区", path.Display);
    }

    [Fact]
    public void A_district_name_is_looked_up_under_its_own_city()
    {
        // 朝阳区 exists in Beijing and in Changchun.
        Assert.Equal("110105", China.Resolve("北京", "北京市", "朝阳区").Value!.District!.Code);
        Assert.Equal("220104", China.Resolve("吉林省", "长春市", "朝阳区").Value!.District!.Code);
    }

    [Theory]
    [InlineData("上海", "上海市", "浦东新区")]
    [InlineData("上海市", "市辖区", "浦东新区")]
    [InlineData("上海", "浦东新区", null)]
    public void Municipalities_accept_the_ways_platforms_write_them(string province, string city, string? district) =>
        Assert.Equal("310115", China.Resolve(province, city, district).Value!.District!.Code);

    [Fact]
    public void Unknown_names_are_errors_that_name_the_culprit()
    {
        var province = China.Resolve("火星省");
        Assert.Equal("Region.Unknown", province.Error!.Code);
        var district = China.Resolve("广东", "深圳", "不存在区");
        Assert.Equal("Region.UnknownIn", district.Error!.Code);
        Assert.Equal(["不存在区", "深圳市"], district.Error.Args);
    }

    [Fact]
    public void A_single_name_resolves_to_the_highest_level_and_ambiguity_is_reported()
    {
        Assert.Equal("650000", China.ResolveOne("新疆").Value!.Code);
        Assert.Equal("440300", China.ResolveOne("深圳").Value!.Code);
        Assert.Equal("Region.Ambiguous", China.ResolveOne("朝阳区").Error!.Code);
    }

    [Fact]
    public void Codes_give_their_names_back_and_nesting()
    {
        Assert.Equal("北京市东城区", China.PathOf("110101")!.Display);
        Assert.True(China.IsWithin("440305", "440000"));
        Assert.False(China.IsWithin("440305", "110000"));
        Assert.Equal(34, China.Provinces.Count);
    }
}
