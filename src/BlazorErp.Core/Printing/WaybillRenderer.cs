using System.Globalization;

namespace BlazorErp.Core.Printing;

/// <summary>
/// Waybill labels (电子面单): one PDF per print batch, one page per waybill. The courier's part on top (destination,
/// tracking barcode, receiver, sender, contents with the print-data QR code), the receiver's stub below. Laid out
/// for 100 × 180 mm and scaled down for the 76 × 130 mm label, where the stub takes what height is left.
/// No bold: synthetic bold is drawn as outlines, kilobytes per glyph, which made a label six times larger and
/// half again slower to render; size carries the emphasis instead.
/// Pure and stateless: safe to call from many threads at once.
/// </summary>
public sealed class WaybillRenderer
{
    /// <exception cref="ArgumentException">No waybills, or a tracking number that is not printable ASCII (it could
    /// not be a barcode).</exception>
    public byte[] RenderWaybills(IReadOnlyList<WaybillData> waybills)
    {
        ArgumentNullException.ThrowIfNull(waybills);
        if (waybills.Count == 0) throw new ArgumentException("a print batch has at least one waybill", nameof(waybills));
        using var context = new DrawContext();
        return PdfWriter.Write(context, $"快递面单 {waybills.Count} 张", waybills.Select(Page));
    }

    private static PdfPage Page(WaybillData waybill)
    {
        var size = waybill.PageSize;
        var k = size.WidthMm / PageSize.Label100x180.WidthMm;
        var code = Code128.Encode(waybill.TrackingNumber);
        var sides = 1.5f * k;

        var header = new Row(
            new TextBlock(waybill.CourierName) { Size = 16 * k, VerticalAlign = VerticalAlign.Middle, Wrap = false },
            new TextBlock("标准快递") { Width = 24 * k, Size = 9 * k, Align = TextAlign.Right, VerticalAlign = VerticalAlign.Middle, Wrap = false })
        { Height = 11 * k, Padding = Edges.Symmetric(sides, 0), Border = Sides.Bottom };

        var destination = new Row(
            new TextBlock(waybill.SortingText) { Size = 32 * k, ShrinkToFit = true, Align = TextAlign.Center, VerticalAlign = VerticalAlign.Middle },
            waybill.SortingCode is { Length: > 0 } sortingCode
                ? new TextBlock(sortingCode) { Width = 26 * k, Size = 15 * k, ShrinkToFit = true, Align = TextAlign.Center, VerticalAlign = VerticalAlign.Middle, Border = Sides.Left }
                : null)
        { Height = 18 * k, Padding = Edges.Symmetric(sides, 0), Border = Sides.Bottom };

        var barcode = new Column(
            new BarcodeBlock(code) { Grow = 1 },
            new TextBlock(waybill.TrackingNumber) { Size = 12 * k, Align = TextAlign.Center, Wrap = false })
        { Height = 22 * k, Padding = new Edges(sides, 2 * k, sides, 0.5f * k), Border = Sides.Bottom };

        var contents = new Row(
            new Column(
                new TextBlock("物品：" + waybill.ItemSummary) { Size = 8 * k, Grow = 1 },
                waybill.Remarks is { Length: > 0 } remarks ? new TextBlock("备注：" + remarks) { Size = 8 * k, MaxLines = 2 } : null)
            { Padding = sides, Gap = 0.5f * k },
            new QrBlock(waybill.PrintData) { Width = 30 * k, Padding = sides, Border = Sides.Left })
        { Height = 30 * k, Border = Sides.Bottom };

        var footer = new Row(
            new TextBlock("订单号：" + waybill.OrderNumber) { Size = 7 * k, Wrap = false },
            new TextBlock("打印时间：" + PrintTime(waybill.PrintedAt)) { Width = 38 * k, Size = 7 * k, Align = TextAlign.Right, Wrap = false })
        { Height = 5 * k, Padding = Edges.Symmetric(sides, 0.8f * k), Border = Sides.Bottom };

        // The receiver keeps this part: who sent what, and the tracking number to ask after it.
        var stub = new Row(
            new Column(
                new TextBlock($"{waybill.CourierName}　收件人联") { Size = 8 * k, Wrap = false },
                new TextBlock($"收件：{waybill.Receiver.Name}  {waybill.Receiver.Phone}") { Size = 7 * k, Wrap = false },
                new TextBlock($"寄件：{waybill.Sender.Name}  {waybill.Sender.Phone}") { Size = 7 * k, Wrap = false },
                new TextBlock("物品：" + waybill.ItemSummary) { Size = 7 * k, Grow = 1 })
            { Padding = sides, Gap = 0.5f * k },
            new Column(
                new BarcodeBlock(code) { Height = 9 * k, MaxModuleWidth = 0.3f },
                new TextBlock(waybill.TrackingNumber) { Size = 7 * k, Align = TextAlign.Center, Wrap = false })
            { Width = 44 * k, Padding = sides })
        { Grow = 1 };

        var label = new Column(
            header,
            destination,
            barcode,
            Party("收", waybill.Receiver, 26 * k, 11 * k, 10 * k, k),
            Party("寄", waybill.Sender, 15 * k, 8 * k, 8 * k, k),
            contents,
            footer,
            stub)
        { Padding = 1.5f * k };
        return new PdfPage(size, label);
    }

    private static Row Party(string role, PrintParty party, float height, float nameSize, float addressSize, float k) => new(
        new TextBlock(role) { Width = 9 * k, Size = 15 * k, Align = TextAlign.Center, VerticalAlign = VerticalAlign.Middle, Border = Sides.Right },
        new Column(
            new TextBlock($"{party.Name}  {party.Phone}") { Size = nameSize, Wrap = false },
            new TextBlock(party.Address) { Size = addressSize, Grow = 1 })
        { Padding = 1.5f * k, Gap = 0.5f * k })
    { Height = height, Border = Sides.Bottom };

    private static string PrintTime(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
