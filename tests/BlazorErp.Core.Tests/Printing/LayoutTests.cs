using BlazorErp.Core.Printing;
using BlazorErp.Testing;
using SkiaSharp;

namespace BlazorErp.Core.Tests.Printing;

public class LayoutTests
{
    /// <summary>A block of a given content height that records where it was drawn.</summary>
    private sealed class Probe(float contentHeight) : Block
    {
        public SKRect Drawn { get; private set; }

        protected override float MeasureContent(DrawContext context, float width) => contentHeight;

        protected override void DrawContent(DrawContext context, float x, float y, float width, float height) =>
            Drawn = SKRect.Create(x, y, width, height);
    }

    [Fact]
    public void A_column_stacks_measured_and_fixed_heights_and_shares_the_rest_by_grow()
    {
        Probe measured = new(10), fixedHeight = new(99) { Height = 20 }, grows = new(5) { Grow = 1 }, growsTwice = new(5) { Grow = 2 };
        var column = new Column(measured, fixedHeight, grows, growsTwice) { Gap = 2, Padding = 1 };
        using var context = new DrawContext();

        Assert.Equal(1 + 10 + 2 + 20 + 2 + 5 + 2 + 5 + 1, column.MeasureHeight(context, 50));
        column.Draw(context, 0, 0, 50, 100);

        Assert.Equal(SKRect.Create(1, 1, 48, 10), measured.Drawn);
        Assert.Equal(SKRect.Create(1, 13, 48, 20), fixedHeight.Drawn);
        // 98 inside the padding, less 30 taken and 6 of gaps: 62 shared 1:2.
        Assert.Equal(62f / 3, grows.Drawn.Height, 0.001);
        Assert.Equal(62f * 2 / 3, growsTwice.Drawn.Height, 0.001);
        Assert.Equal(98 + 1, growsTwice.Drawn.Bottom, 0.001);
    }

    [Fact]
    public void A_column_gives_what_is_left_to_a_child_past_the_bottom_and_nothing_to_the_next()
    {
        Probe first = new(30), cut = new(30), hidden = new(30);
        using var context = new DrawContext();

        new Column(first, cut, hidden).Draw(context, 0, 0, 10, 40);

        Assert.Equal(10, cut.Drawn.Height);
        Assert.Equal(SKRect.Empty, hidden.Drawn);
    }

    [Fact]
    public void A_row_gives_fixed_widths_first_shares_the_rest_and_stretches_every_cell_to_the_tallest()
    {
        Probe label = new(5) { Width = 10 }, text = new(12), more = new(7);
        var row = new Row(label, text, more) { Gap = 1 };
        using var context = new DrawContext();

        Assert.Equal(12, row.MeasureHeight(context, 100));
        row.Draw(context, 0, 0, 100, 12);

        Assert.Equal(SKRect.Create(0, 0, 10, 12), label.Drawn);
        Assert.Equal(SKRect.Create(11, 0, 44, 12), text.Drawn);
        Assert.Equal(SKRect.Create(56, 0, 44, 12), more.Drawn);
    }

    [Fact]
    public void Bold_text_is_real_text_and_extracted_once()
    {
        // Synthetic bold is drawn as outlines with invisible text on top; the text must come out, and only once.
        using var context = new DrawContext();
        var page = new Column(
            new TextBlock("粤 深圳 南山") { Size = 30, Bold = true },
            new TextBlock("收件人 张伟") { Size = 10 })
        { Padding = 5 };

        var text = PdfText.Pages(PdfWriter.Write(context, "test", [new PdfPage(PageSize.Label100x180, page)]))[0];

        Assert.Equal("粤深圳南山收件人张伟", text);
    }

    [Fact]
    public void Text_wider_than_its_box_ends_with_an_ellipsis_and_shrink_to_fit_keeps_it_whole()
    {
        using var context = new DrawContext();
        const string destination = "内蒙古自治区 呼和浩特市 赛罕区";
        var page = new Column(
            new TextBlock(destination) { Size = 30, Wrap = false },
            new TextBlock(destination) { Size = 30, ShrinkToFit = true },
            new TextBlock("第一行\n第二行\n第三行") { Size = 10, MaxLines = 2 })
        { Padding = 5 };

        var text = PdfText.Pages(PdfWriter.Write(context, "test", [new PdfPage(PageSize.Label76x130, page)]))[0];

        var cut = text[..text.IndexOf("...", StringComparison.Ordinal)];
        Assert.True(cut.Length >= 3 && PdfText.Normalize(destination).StartsWith(cut, StringComparison.Ordinal), text);
        Assert.Equal(cut + "..." + PdfText.Normalize(destination) + "第一行第二行...", text);
    }
}
