using BlazorErp.Core.Printing;

namespace BlazorErp.Core.Tests.Printing;

public class Code128Tests
{
    [Fact]
    public void Encodes_a_known_code_set_B_symbol_with_its_checksum()
    {
        // The textbook example: 104 + 48·1 + 42·2 + 42·3 + 17·4 + 18·5 + 19·6 + 35·7 = 879, 879 mod 103 = 55.
        var code = Code128.Encode("PJJ123C");

        Assert.Equal([104, 48, 42, 42, 17, 18, 19, 35, 55, 106], code.Values);
        Assert.Equal(
            "211214" + "313121" + "112133" + "112133" + "123221" + "223211" + "221132" + "131321" + "311321" + "2331112",
            string.Concat(code.Widths));
    }

    [Fact]
    public void An_all_digit_tracking_number_is_encoded_in_code_set_C_pair_by_pair()
    {
        var code = Code128.Encode("75312345678901");

        // Start C, 75 31 23 45 67 89 01, checksum (105 + 75 + 62 + 69 + 180 + 335 + 534 + 7) mod 103 = 28, stop.
        Assert.Equal([105, 75, 31, 23, 45, 67, 89, 1, 28, 106], code.Values);
        Assert.StartsWith("211232", string.Concat(code.Widths));
        Assert.EndsWith("2331112", string.Concat(code.Widths));
    }

    [Fact]
    public void Switches_to_code_set_C_for_the_digits_after_a_letter_prefix()
    {
        // S F in set B; 13 digits are odd, so the first stays in B, then Code C and six pairs.
        var code = Code128.Encode("SF1234567890123");

        Assert.Equal([104, 51, 38, 17, 99, 23, 45, 67, 89, 1, 23, 11, 106], code.Values);
    }

    [Theory]
    // Six digits in the middle pay for switching there and back; four do not.
    [InlineData("AB123456CD", new[] { 104, 33, 34, 99, 12, 34, 56, 100, 35, 36, 94, 106 })]
    [InlineData("AB1234CD", new[] { 104, 33, 34, 17, 18, 19, 20, 35, 36, 46, 106 })]
    // A leading odd run starts in C and leaves its last digit to set B, which the letters need anyway.
    [InlineData("12345AB", new[] { 105, 12, 34, 100, 21, 33, 34, 11, 106 })]
    public void Switches_code_sets_only_where_it_shortens_the_symbol(string data, int[] values)
    {
        Assert.Equal(values, Code128.Encode(data).Values);
    }

    [Theory]
    [InlineData("SF1234567890123")]
    [InlineData("YT7530000079190")]
    [InlineData("TS-2024-RED-XL")]
    public void Every_symbol_is_eleven_modules_and_the_quiet_zones_ten_on_each_side(string data)
    {
        var code = Code128.Encode(data);

        // Symbols are 11 modules each, the stop symbol 13.
        Assert.Equal((code.Values.Count - 1) * 11 + 13, code.Widths.Sum());
        Assert.Equal(code.Widths.Sum() + 2 * 10, code.ModuleCount);
        Assert.Equal(code.Values.Count * 6 + 1, code.Widths.Count);
    }

    [Theory]
    [InlineData("顺丰123")]
    [InlineData("line\nbreak")]
    [InlineData("")]
    public void Refuses_what_it_cannot_encode(string data)
    {
        Assert.False(Code128.CanEncode(data));
        Assert.Throws<ArgumentException>(() => Code128.Encode(data));
    }
}
