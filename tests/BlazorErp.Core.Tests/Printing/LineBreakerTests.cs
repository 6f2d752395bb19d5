using BlazorErp.Core.Printing;

namespace BlazorErp.Core.Tests.Printing;

public class LineBreakerTests
{
    /// <summary>Every char one unit wide, so the width is a char count.</summary>
    private static List<string> Wrap(string text, float width)
    {
        var advances = text.Select(c => char.IsLowSurrogate(c) ? 0f : 1f).ToArray();
        return LineBreaker.Wrap(text, advances, width).Select(line => text.Substring(line.Start, line.Length)).ToList();
    }

    [Fact]
    public void Chinese_breaks_between_any_two_characters()
    {
        Assert.Equal(["广东省深圳", "市南山区粤", "海街道"], Wrap("广东省深圳市南山区粤海街道", 5));
    }

    [Fact]
    public void Latin_words_and_codes_stay_whole_and_spaces_do_not_start_or_end_lines()
    {
        Assert.Equal(["科技园", "R2-B栋", "3 楼"], Wrap("科技园R2-B栋 3 楼", 5));
        Assert.Equal(["Building", "R2-B 301"], Wrap("Building R2-B 301", 9));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_cut_where_it_overflows()
    {
        Assert.Equal(["SF123", "45678", "9"], Wrap("SF123456789", 5));
    }

    [Fact]
    public void Closing_punctuation_does_not_start_a_line_and_opening_does_not_end_one()
    {
        // "谢谢！" would leave "！" alone at the start of line two: "谢" moves down with it.
        Assert.Equal(["请尽快发货谢", "谢！"], Wrap("请尽快发货谢谢！", 7));
        // "（" would end line one: it moves down to the text it opens.
        Assert.Equal(["解放北路", "（请电话联", "系）"], Wrap("解放北路（请电话联系）", 5));
    }

    [Fact]
    public void Newlines_start_paragraphs_and_a_surrogate_pair_is_never_split()
    {
        Assert.Equal(["第一行", "", "第二行"], Wrap("第一行\n\n第二行", 10));
        Assert.Equal(["王𠀋", "芳"], Wrap("王𠀋芳", 2));
    }

    [Fact]
    public void Ellipsis_fit_keeps_what_fits_before_it()
    {
        const string text = "湖南省长沙市岳麓区";
        var advances = Enumerable.Repeat(1f, text.Length).ToArray();
        var line = LineBreaker.Wrap(text, advances, 100)[0];

        Assert.Equal(4, LineBreaker.FitBefore(text, advances, line, 5, 1));
    }
}
