using System.Globalization;

namespace BlazorErp.Core.Printing;

/// <summary>
/// Packing slips (发货单): one PDF per print batch, one page per order; an order whose lines do not fit continues on
/// further pages under a short header, with the totals, buyer message and seller memo after its last line.
/// No bold, for the reason WaybillRenderer gives. Pure and stateless: safe to call from many threads at once.
/// </summary>
public sealed class PackingSlipRenderer
{
    private const float Margin = 8;
    private const float PageNumberHeight = 4;
    private const float TextSize = 9;
    private const float LineRule = 0.2f;

    public byte[] RenderPackingSlips(IReadOnlyList<PackingSlipData> slips)
    {
        ArgumentNullException.ThrowIfNull(slips);
        if (slips.Count == 0) throw new ArgumentException("a print batch has at least one packing slip", nameof(slips));
        using var context = new DrawContext();
        return PdfWriter.Write(context, $"发货单 {slips.Count} 张", slips.SelectMany(slip => Pages(slip, context)));
    }

    private static IEnumerable<PdfPage> Pages(PackingSlipData slip, DrawContext context)
    {
        var size = slip.PageSize;
        var width = size.WidthMm - 2 * Margin;
        var available = size.HeightMm - 2 * Margin - PageNumberHeight;
        var tableHeader = LineRow("#", "商家编码", "商品名称", "规格", "数量", "备注", header: true);
        var rows = slip.Lines.Select((line, i) => LineRow(
            (i + 1).ToString(CultureInfo.InvariantCulture), line.MerchantCode, line.Name, line.Spec ?? "",
            line.Quantity.ToString(CultureInfo.InvariantCulture), line.IsGift ? "赠品" : "", header: false)).ToList();
        var footer = Footer(slip);

        // Measure first so each page can say how many there are.
        var pages = new List<List<Block>> { new() };
        var used = Header(slip).MeasureHeight(context, width) + tableHeader.MeasureHeight(context, width);
        var continuationHeight = ContinuationHeader(slip).MeasureHeight(context, width);
        foreach (var row in rows)
        {
            var height = row.MeasureHeight(context, width);
            if (used + height > available && pages[^1].Count > 0)
            {
                pages.Add([]);
                used = continuationHeight + tableHeader.MeasureHeight(context, width);
            }
            pages[^1].Add(row);
            used += height;
        }
        if (used + footer.MeasureHeight(context, width) > available && pages[^1].Count > 0) pages.Add([]);

        for (var p = 0; p < pages.Count; p++)
        {
            var last = p == pages.Count - 1;
            var content = new List<Block?>
            {
                p == 0 ? Header(slip) : ContinuationHeader(slip),
                pages[p].Count > 0 ? tableHeader : null,
            };
            content.AddRange(pages[p]);
            content.Add(last ? footer : null);
            content.Add(new Column { Grow = 1 });
            content.Add(new TextBlock($"{slip.OrderNumber}　第 {p + 1}/{pages.Count} 页") { Height = PageNumberHeight, Size = 7, Align = TextAlign.Right, VerticalAlign = VerticalAlign.Bottom, Wrap = false });
            yield return new PdfPage(size, new Column(content) { Padding = Margin });
        }
    }

    private static Column Header(PackingSlipData slip)
    {
        var scanned = slip.TrackingNumber is { Length: > 0 } tracking && Code128.CanEncode(tracking) ? tracking
            : Code128.CanEncode(slip.OrderNumber) ? slip.OrderNumber : null;
        var shipping = slip.CourierName is { Length: > 0 } courier ? $"{courier}  {slip.TrackingNumber}" : slip.TrackingNumber ?? "";
        return new Column(
            new Row(
                new Column(
                    new TextBlock(slip.ShopName) { Size = 15, MaxLines = 2 },
                    new TextBlock("发货单") { Size = 10 }),
                scanned is null ? null : new Column(
                    new BarcodeBlock(Code128.Encode(scanned)) { Height = 10, MaxModuleWidth = 0.33f },
                    new TextBlock(scanned) { Size = 8, Align = TextAlign.Center, Wrap = false })
                { Width = 58 })
            { Padding = new Edges(0, 0, 0, 1.5f) },
            Pair("订单号：" + slip.OrderNumber, "快递：" + shipping),
            Pair("买家：" + slip.BuyerNick, "打印时间：" + slip.PrintedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
            new TextBlock($"收货人：{slip.Receiver.Name}  {slip.Receiver.Phone}") { Size = TextSize, MaxLines = 1 },
            new TextBlock("地址：" + slip.Receiver.Address) { Size = TextSize, MaxLines = 2 })
        { Gap = 0.8f, Padding = new Edges(0, 0, 0, 2) };
    }

    private static Row ContinuationHeader(PackingSlipData slip) => new(
        new TextBlock(slip.ShopName + " 发货单（续）") { Size = 11, Wrap = false },
        new TextBlock("订单号：" + slip.OrderNumber) { Size = TextSize, Align = TextAlign.Right, Wrap = false })
    { Padding = new Edges(0, 0, 0, 2) };

    private static Row Pair(string left, string right) => new(
        new TextBlock(left) { Size = TextSize, MaxLines = 1 },
        new TextBlock(right) { Size = TextSize, MaxLines = 1 })
    { Gap = 3 };

    /// <summary>A table row; the header row uses the same cells so the columns line up.</summary>
    private static Row LineRow(string number, string merchantCode, string name, string spec, string quantity, string mark, bool header)
    {
        var size = header ? 8 : TextSize;
        TextBlock Cell(string text, float? width, TextAlign align = TextAlign.Left) =>
            new(text) { Width = width, Size = size, Align = align, MaxLines = header ? 1 : 3 };
        return new Row(
            Cell(number, 6, TextAlign.Center),
            Cell(merchantCode, 28),
            Cell(name, null),
            Cell(spec, 26),
            Cell(quantity, 10, TextAlign.Center),
            Cell(mark, 10, TextAlign.Center))
        {
            Gap = 1.5f,
            Padding = Edges.Symmetric(0, 1),
            Border = header ? Sides.Top | Sides.Bottom : Sides.Bottom,
            BorderWidth = header ? 0.3f : LineRule,
        };
    }

    private static Column Footer(PackingSlipData slip)
    {
        var total = slip.Lines.Sum(line => line.Quantity);
        return new Column(
            new TextBlock($"共 {slip.Lines.Count} 种 {total} 件") { Size = TextSize, Align = TextAlign.Right },
            slip.BuyerMessage is { Length: > 0 } message ? new TextBlock("买家留言：" + message) { Size = TextSize, MaxLines = 4 } : null,
            slip.SellerMemo is { Length: > 0 } memo ? new TextBlock("卖家备注：" + memo) { Size = TextSize, MaxLines = 4 } : null)
        { Gap = 1, Padding = new Edges(0, 2, 0, 0) };
    }
}
