using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BlazorErp.Core.Platforms.Top;
using BlazorErp.Core.Platforms.Waybills;

namespace BlazorErp.IntegrationTests;

/// <summary>E-waybill numbers (Cainiao's cainiao.waybill.ii.* on the TOP router) from the stand-in over real HTTP.</summary>
public sealed class WaybillTests(SandboxHost sandbox) : IClassFixture<SandboxHost>
{
    private static readonly TopCredentials Shop = new(SandboxHost.AppKey, SandboxHost.AppSecret, SandboxHost.Session);

    private TopWaybillService Waybills() =>
        new(new TopClient(new HttpClient { BaseAddress = sandbox.BaseAddress }, TimeProvider.System,
            new TopClientOptions { MaxRetries = 8, FirstRetryDelay = TimeSpan.FromMilliseconds(20) }));

    private static WaybillRequest Parcel(string cpCode, string? parcelId = null, string? mobile = "13900000000") =>
        new(cpCode, parcelId ?? "PKG-" + Guid.NewGuid().ToString("N")[..12],
            new WaybillContact("鸿运旗舰店", "13800000000", null, new WaybillAddress("浙江省", "杭州市", "西湖区", "文三路90号")),
            new WaybillContact("张三", mobile, null, new WaybillAddress("广东省", "深圳市", "南山区", "科技园南路1号")),
            ["4012345678901"], [new WaybillItem("洪湖鲜活基围虾", 2), new WaybillItem("藕带", 1)], 1500,
            "http://cloudprint.cainiao.com/template/standard/101");

    private async Task<WaybillCounts> CountsAsync(string cpCode) => Assert.Single(await Waybills().CountsAsync(Shop, cpCode));

    [Theory]
    [InlineData("ZTO", @"^7\d{11}$")]
    [InlineData("YTO", @"^YT\d{13}$")]
    [InlineData("SF", @"^SF\d{13}$")]
    [InlineData("POST", @"^9\d{12}$")]
    [InlineData("STO", @"^77\d{11}$")]
    [InlineData("JTSD", @"^JT\d{13}$")]
    public async Task A_reservation_returns_a_number_in_the_couriers_format_with_signed_print_data(string cpCode, string format)
    {
        var request = Parcel(cpCode);

        var waybill = await Waybills().ReserveAsync(Shop, request);

        Assert.Matches(format, waybill.Code);
        var print = JsonNode.Parse(waybill.PrintData)!;
        var data = print["data"]!;
        Assert.Equal((waybill.Code, cpCode, request.ParcelId), ((string?)data["waybillCode"], (string?)data["cpCode"], (string?)data["objectId"]));
        Assert.StartsWith("深圳 ", (string?)data["routingInfo"]!["sortation"]!["name"]);       // 大头笔
        Assert.Equal("广东深圳集包", (string?)data["routingInfo"]!["consolidation"]!["name"]);  // 集包地
        Assert.Equal(("张三", "南山区"), ((string?)data["recipient"]!["name"], (string?)data["recipient"]!["address"]!["district"]));
        Assert.Equal(request.TemplateUrl, (string?)print["templateURL"]);
        var signed = HMACSHA256.HashData(Encoding.UTF8.GetBytes(SandboxHost.AppSecret),
            Encoding.UTF8.GetBytes(data.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));
        Assert.Equal(Convert.ToBase64String(signed), (string?)print["signature"]);
    }

    [Fact]
    public async Task A_retry_for_the_same_parcel_returns_the_same_number_and_allocates_nothing()
    {
        var before = await CountsAsync("YTO");
        var request = Parcel("YTO");

        var first = await Waybills().ReserveAsync(Shop, request);
        var retry = await Waybills().ReserveAsync(Shop, request);

        Assert.Equal(first, retry);
        var after = await CountsAsync("YTO");
        Assert.Equal((before.Allocated + 1, before.Balance - 1), (after.Allocated, after.Balance));
    }

    [Fact]
    public async Task Two_parcels_get_different_numbers()
    {
        var one = await Waybills().ReserveAsync(Shop, Parcel("ZTO"));
        var two = await Waybills().ReserveAsync(Shop, Parcel("ZTO"));
        Assert.NotEqual(one.Code, two.Code);
    }

    [Fact]
    public async Task A_cancelled_number_is_counted_and_its_parcel_then_gets_a_new_number()
    {
        var before = await CountsAsync("YUNDA");
        var request = Parcel("YUNDA");
        var first = await Waybills().ReserveAsync(Shop, request);

        await Waybills().CancelAsync(Shop, "YUNDA", first.Code);

        var cancelled = await CountsAsync("YUNDA");
        Assert.Equal((before.Allocated + 1, before.Cancelled + 1, before.Balance), (cancelled.Allocated, cancelled.Cancelled, cancelled.Balance));
        var second = await Waybills().ReserveAsync(Shop, request);
        Assert.NotEqual(first.Code, second.Code);
        Assert.Equal(second, await Waybills().ReserveAsync(Shop, request)); // and the new one is the parcel's from now on
        Assert.Equal(before.Allocated + 2, (await CountsAsync("YUNDA")).Allocated);
    }

    [Fact]
    public async Task Cancelling_twice_or_an_unknown_number_is_refused_with_the_platforms_words()
    {
        var waybill = await Waybills().ReserveAsync(Shop, Parcel("EMS"));
        await Waybills().CancelAsync(Shop, "EMS", waybill.Code);

        var twice = await Assert.ThrowsAsync<TopApiException>(() => Waybills().CancelAsync(Shop, "EMS", waybill.Code));
        Assert.Equal((15, TopWaybillService.AlreadyCancelled), (twice.Code, twice.SubCode));
        Assert.Equal($"面单号{waybill.Code}已取消，不能重复取消", twice.PlatformMessage);
        Assert.False(twice.IsTransient);

        var unknown = await Assert.ThrowsAsync<TopApiException>(() => Waybills().CancelAsync(Shop, "EMS", "1100000000000"));
        Assert.Equal(("isv.WAYBILL_NOT_EXIST", "面单号1100000000000不存在"), (unknown.SubCode, unknown.PlatformMessage));
    }

    [Theory]
    [InlineData("JD")]  // JD Logistics issues its own waybills, not through Cainiao
    [InlineData("XYZ")]
    public async Task A_courier_cainiao_does_not_serve_is_refused(string cpCode)
    {
        var error = await Assert.ThrowsAsync<TopApiException>(() => Waybills().ReserveAsync(Shop, Parcel(cpCode)));
        Assert.Equal(("isv.CP_CODE_NOT_SUPPORT", $"物流公司{cpCode}不支持菜鸟电子面单"), (error.SubCode, error.PlatformMessage));
    }

    [Fact]
    public async Task A_recipient_without_mobile_or_phone_is_an_invalid_argument()
    {
        var error = await Assert.ThrowsAsync<TopApiException>(() => Waybills().ReserveAsync(Shop, Parcel("ZTO", mobile: null)));
        Assert.Equal((41, "isv.invalid-parameter:param_waybill_cloud_print_apply_new_request"), (error.Code, error.SubCode));
        Assert.Contains("recipient.mobile", error.PlatformMessage);
    }

    [Fact]
    public async Task Twenty_parcels_reserved_in_parallel_twice_each_through_server_errors_get_twenty_distinct_numbers()
    {
        var before = await CountsAsync("STO");
        var parcels = Enumerable.Range(1, 20).Select(_ => Parcel("STO")).ToList();
        sandbox.Faults.ServerErrorRate = 0.2;
        sandbox.Faults.LatencyMs = 5;
        try
        {
            // Every parcel is asked for twice at the same time, as a print station retrying a slow call would.
            var waybills = await Task.WhenAll(parcels.Concat(parcels).Select(p => Waybills().ReserveAsync(Shop, p)));

            var perParcel = parcels.Select((p, i) => (waybills[i], waybills[i + 20])).ToList();
            Assert.All(perParcel, pair => Assert.Equal(pair.Item1.Code, pair.Item2.Code));
            Assert.Equal(20, waybills.Select(w => w.Code).Distinct().Count());
        }
        finally
        {
            sandbox.Faults.ServerErrorRate = 0;
            sandbox.Faults.LatencyMs = 0;
        }
        var after = await CountsAsync("STO");
        Assert.Equal((before.Allocated + 20, before.Balance - 20), (after.Allocated, after.Balance));
    }

    [Fact]
    public async Task Printed_numbers_are_counted_once_and_a_reprint_is_told_apart()
    {
        var before = await CountsAsync("HTKY");
        var one = await Waybills().ReserveAsync(Shop, Parcel("HTKY"));
        var two = await Waybills().ReserveAsync(Shop, Parcel("HTKY"));
        await Waybills().ReserveAsync(Shop, Parcel("HTKY")); // reserved, never printed

        Assert.Equal(1, await Waybills().MarkPrintedAsync(Shop, "HTKY", one.Code));
        Assert.Equal(1, await Waybills().MarkPrintedAsync(Shop, "HTKY", two.Code));
        Assert.Equal(2, await Waybills().MarkPrintedAsync(Shop, "HTKY", one.Code)); // reprint

        var after = await CountsAsync("HTKY");
        Assert.Equal((before.Allocated + 3, before.Printed + 2), (after.Allocated, after.Printed));

        await Waybills().CancelAsync(Shop, "HTKY", two.Code);
        var error = await Assert.ThrowsAsync<TopApiException>(() => Waybills().MarkPrintedAsync(Shop, "HTKY", two.Code));
        Assert.Equal($"面单号{two.Code}已取消，不能打印", error.PlatformMessage);
    }

    [Fact]
    public async Task Counts_list_every_subscribed_courier_branch()
    {
        var all = await Waybills().CountsAsync(Shop);
        Assert.Equal(["EMS", "HTKY", "JTSD", "POST", "SF", "STO", "YTO", "YUNDA", "ZTO"], all.Select(c => c.CpCode));
        Assert.All(all, c => Assert.Equal(100_000, c.Balance + c.Allocated - c.Cancelled));
    }
}
