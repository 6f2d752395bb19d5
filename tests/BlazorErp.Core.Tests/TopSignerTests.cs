using BlazorErp.Core.Platforms.Top;

namespace BlazorErp.Core.Tests;

/// <summary>Vectors computed with Python's hashlib/hmac, not with .NET: a shared mistake cannot pass.</summary>
public class TopSignerTests
{
    public static Dictionary<string, string?> Parameters(string signMethod) => new()
    {
        ["method"] = "taobao.trades.sold.increment.get", ["app_key"] = "12345678", ["session"] = "sess-abc",
        ["timestamp"] = "2026-11-22 10:00:00", ["format"] = "json", ["v"] = "2.0", ["sign_method"] = signMethod,
        ["start_modified"] = "2026-11-22 09:00:00", ["end_modified"] = "2026-11-22 09:30:00", ["page_no"] = "1",
        ["page_size"] = "100", ["fields"] = "tid,status,modified", ["empty"] = "",
    };

    [Theory]
    [InlineData("md5", "74BE462D9C3A3B2716F500AD2B7BE64B")]
    [InlineData("hmac", "8044AA0E2B524AE2648A81509C8E89AF")]
    [InlineData("hmac-sha256", "466DA613193B3932FDD569D5A64BC6CCDFCC854EBA48D2C1E543EE591A254F6B")]
    public void Signatures_match_the_reference_vectors(string method, string expected) =>
        Assert.Equal(expected, TopSigner.Sign(Parameters(method), "helloworld", method));

    [Fact]
    public void Chinese_values_are_signed_as_UTF8()
    {
        var parameters = new Dictionary<string, string?>
        {
            ["method"] = "taobao.trade.fullinfo.get", ["app_key"] = "12345678", ["session"] = "sess-abc", ["timestamp"] = "2026-11-22 10:00:00",
            ["format"] = "json", ["v"] = "2.0", ["sign_method"] = "md5", ["tid"] = "4001234567890", ["fields"] = "tid,buyer_nick,receiver_name",
            ["buyer_message"] = "请发顺丰，谢谢",
        };
        Assert.Equal("519B19C160B5E7F5536FF8F3450ABFA6", TopSigner.Sign(parameters, "helloworld", "md5"));
    }

    [Fact]
    public void The_sign_parameter_itself_and_empty_values_are_left_out()
    {
        var with = Parameters("md5");
        with["sign"] = "ANYTHING";
        with["another_empty"] = null;
        Assert.Equal(TopSigner.Sign(Parameters("md5"), "helloworld", "md5"), TopSigner.Sign(with, "helloworld", "md5"));
    }
}
