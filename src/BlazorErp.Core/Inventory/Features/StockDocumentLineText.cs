using System.Globalization;
using BlazorErp.Core.Common;

namespace BlazorErp.Core.Inventory.Features;

/// <summary>
/// The lines box of 出入库单据: one line per SKU, "商家编码 数量 [单价]" separated by spaces, tabs or commas (as pasted from
/// Excel). Anything unreadable is refused with its line number — a cost typed "30元" must not become 0 without a word.
/// </summary>
public static class StockDocumentLineText
{
    private static readonly char[] Separators = [' ', '\t', ',', '，', '\u3000'];

    public static Result<IReadOnlyList<StockDocumentLineInput>> Parse(string? text)
    {
        var lines = new List<StockDocumentLineInput>();
        var rows = (text ?? "").Replace("\r", "").Split('\n');
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i].Trim();
            if (row.Length == 0) continue;
            var lineNo = i + 1; // as counted in the box, blank lines included
            var cells = row.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length is < 2 or > 3 || !int.TryParse(cells[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var quantity))
                return new Error("StockDocuments.LineInvalid", lineNo, row);
            var cost = 0m;
            if (cells.Length == 3 && !decimal.TryParse(cells[2], NumberStyles.Number, CultureInfo.InvariantCulture, out cost))
                return new Error("StockDocuments.CostInvalid", lineNo, cells[2]);
            lines.Add(new StockDocumentLineInput(cells[0], quantity, cost) { LineNo = lineNo });
        }
        return lines;
    }
}
