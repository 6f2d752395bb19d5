using System.Globalization;
using BlazorErp.Core.Localization;
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

    [Theory]
    [InlineData("广东省深圳市南山区", "440305")]
    [InlineData("广东 深圳 南山区", "440305")]
    [InlineData("广东深圳南山", "440305")]
    [InlineData("深圳市南山区", "440305")]
    [InlineData("深圳 南山区", "440305")]
    [InlineData("广东南山区", "440305")]         // the city left out
    [InlineData("北京市朝阳区", "110105")]
    [InlineData("北京 朝阳区", "110105")]
    [InlineData("吉林省长春市朝阳区", "220104")]
    [InlineData("长春朝阳区", "220104")]
    [InlineData("内蒙古", "150000")]
    [InlineData("内蒙古自治区", "150000")]
    [InlineData("广东省深圳市", "440300")]
    [InlineData("湖北省潜江市", "429005")]       // a county-level city under 湖北省-自治区直辖县级行政区划
    [InlineData("潜江", "429005")]
    [InlineData("吉林", "220000")]               // province and city share the name: the province
    [InlineData("吉林省吉林市", "220200")]
    [InlineData("辽宁朝阳", "211300")]           // 朝阳市, not its 朝阳县
    public void A_region_is_written_alone_or_as_a_path_down_to_it(string text, string code) =>
        Assert.Equal(code, China.ResolveOne(text).Value!.Code);

    [Theory]
    [InlineData("朝阳区", "北京市朝阳区", "吉林省长春市朝阳区")]
    [InlineData("南山区", "广东省深圳市南山区", "黑龙江省鹤岗市南山区")]
    public void A_district_name_shared_by_several_cities_is_refused_with_the_candidates(string text, string first, string second)
    {
        var error = China.ResolveOne(text).Error!;
        Assert.Equal("Region.Ambiguous", error.Code);
        Assert.Equal(text, error.Args[0]);
        Assert.Contains(first, (string)error.Args[1]);
        Assert.Contains(second, (string)error.Args[1]);
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        Assert.Matches($"^地区「{text}」不唯一：.+。请连同上级地区一起填写，如「.+{text}」$", TestLocalizer.Create().Message(error));
    }

    [Theory]
    [InlineData("")]
    [InlineData("火星")]
    [InlineData("广东省长春市")]                 // each name exists, but not inside each other
    [InlineData("深圳市南山区科技园")]           // a street is not a region
    public void Text_that_names_no_region_is_unknown(string text) =>
        Assert.Equal("Region.Unknown", China.ResolveOne(text).Error!.Code);

    [Fact]
    public void Every_region_resolves_back_from_the_path_it_is_shown_as()
    {
        // What the courier page shows for a rule must save back to the same rule. A municipality's own city
        // (110100 北京市) shows as its province and means the same area, so it resolves to the province.
        var wrong = new List<string>();
        foreach (var region in All())
        {
            var path = China.PathOf(region.Code)!;
            var expected = region.Level == RegionLevel.City && region.Name == path.Province.Name ? path.Province.Code : region.Code;
            var resolved = China.ResolveOne(path.Display);
            if (resolved.Value?.Code != expected) wrong.Add($"{path.Display} → {resolved.Value?.Code ?? resolved.Error!.ToString()} (want {expected})");
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void County_level_cities_read_without_their_grouping_level()
    {
        Assert.Equal("湖北省潜江市", China.PathOf("429005")!.Display);
        Assert.Equal("429005", China.Resolve("湖北省", "潜江市").Value!.District!.Code);
        var (path, length) = China.ReadPrefix("湖北省潜江市园林街道章华南路 1 号")!.Value;
        Assert.Equal(("429000", "429005", 6), (path.City!.Code, path.District!.Code, length));
    }

    private static IEnumerable<Region> All() =>
        China.Provinces.SelectMany(p => China.ChildrenOf(p.Code).SelectMany(c => China.ChildrenOf(c.Code).Prepend(c)).Prepend(p));

    [Fact]
    public void Codes_give_their_names_back_and_nesting()
    {
        Assert.Equal("北京市东城区", China.PathOf("110101")!.Display);
        Assert.True(China.IsWithin("440305", "440000"));
        Assert.False(China.IsWithin("440305", "110000"));
        Assert.Equal(34, China.Provinces.Count);
    }
}
