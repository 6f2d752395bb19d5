using System.Globalization;
using BlazorErp.Core.Common;

namespace BlazorErp.Core.Finance;

/// <summary>
/// The columns of the three statements as platforms and couriers export them (Chinese headers; the usual alternative names
/// accepted), read into <see cref="StatementRow"/>s with every problem reported by row and column.
/// </summary>
public static class StatementSheet
{
    /// <summary>A logical column: the header we name in messages and the other headers that mean the same.</summary>
    public sealed record Column(string Name, params string[] Aliases)
    {
        public IEnumerable<string> Headers => Aliases.Prepend(Name);
    }

    public static readonly Column Tid = new("订单号", "交易号", "淘宝订单号", "商户订单号");
    public static readonly Column Amount = new("金额", "结算金额", "收入金额");
    public static readonly Column Fee = new("服务费", "手续费");
    public static readonly Column OrderedAt = new("下单时间", "创建时间");
    public static readonly Column SettledAt = new("结算时间", "入账时间");
    public static readonly Column TrackingNo = new("物流单号", "运单号", "快递单号");
    public static readonly Column Weight = new("重量", "计费重量");
    public static readonly Column Freight = new("运费", "费用");
    public static readonly Column CodAmount = new("代收金额", "代收货款");

    /// <summary>The columns each statement must have, then those it may have.</summary>
    public static (Column[] Required, Column[] Optional) ColumnsOf(StatementKind kind) => kind switch
    {
        StatementKind.Escrow => ([Tid, Amount], [Fee, OrderedAt, SettledAt]),
        StatementKind.Postage => ([TrackingNo, Weight, Freight], []),
        _ => ([TrackingNo, CodAmount], []),
    };

    /// <summary>Taobao's Alipay statements name the trade as a merchant order number: T200P + the trade number.</summary>
    private const string AlipayMerchantPrefix = "T200P";

    private static readonly string[] TimeFormats =
        ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyy/M/d", "yyyy-M-d H:mm:ss", "yyyyMMddHHmmss"];

    public sealed record Result(IReadOnlyList<StatementRow> Rows, IReadOnlyList<RowError> Errors)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    /// <summary>Reads the file; any problem anywhere is reported (and nothing is imported): money must never be half-read.</summary>
    public static Result Read(Stream file, string fileName, StatementKind kind)
    {
        if (Sheets.FormatOf(fileName) is not { } format) return new([], [new RowError(0, "", new Error("Import.FileType", fileName))]);
        var sheet = Sheets.Read(file, format, []);
        if (!sheet.Succeeded) return new([], sheet.Errors);
        var (required, optional) = ColumnsOf(kind);
        var headers = sheet.Rows[0].Cells.Keys.ToHashSet();
        string? HeaderOf(Column column) => column.Headers.FirstOrDefault(headers.Contains);
        var missing = required.Where(c => HeaderOf(c) is null).Select(c => new RowError(1, c.Name, new Error("Import.ColumnMissing", c.Name))).ToList();
        if (missing.Count > 0) return new([], Sheet.WithEncodingHint(sheet, missing, required.Length));
        var present = required.Concat(optional).Where(c => HeaderOf(c) is not null).ToDictionary(c => c, c => HeaderOf(c)!);

        var errors = new List<RowError>();
        var rows = new List<StatementRow>();
        var byFingerprint = new Dictionary<string, int>();
        var byKey = new Dictionary<string, int>();
        foreach (var cells in sheet.Rows)
        {
            void Fail(string column, Error error) => errors.Add(new RowError(cells.Row, column, error));
            string? Text(Column column) => present.TryGetValue(column, out var header) ? cells[header]?.Trim() : null;
            decimal Money(Column column, bool isRequired) =>
                Sheets.Money(Text(column), present.GetValueOrDefault(column, column.Name), isRequired, Fail, "Statement.NegativeAmount");
            DateTime? Time(Column column)
            {
                if (Text(column) is not { } text) return null;
                if (DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
                    || DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out time)) return time;
                Fail(present[column], new Error("Statement.TimeInvalid", text));
                return null;
            }

            var keyColumn = kind == StatementKind.Escrow ? Tid : TrackingNo;
            var key = Text(keyColumn);
            if (key is not null && kind == StatementKind.Escrow && key.StartsWith(AlipayMerchantPrefix, StringComparison.OrdinalIgnoreCase))
                key = key[AlipayMerchantPrefix.Length..];
            if (key is null) Fail(present[keyColumn], new Error("Import.Required", present[keyColumn]));
            else if (key.Length > StatementLine.KeyMaxLength) Fail(present[keyColumn], new Error("Statement.KeyTooLong", StatementLine.KeyMaxLength));
            var (amount, fee, weight) = kind switch
            {
                StatementKind.Escrow => (Money(Amount, true), Money(Fee, false), (decimal?)null),
                StatementKind.Postage => (Money(Freight, true), 0m, ParseWeight(Text(Weight), present[Weight], Fail)),
                _ => (Money(CodAmount, true), 0m, (decimal?)null),
            };
            if (fee > amount && amount >= 0) Fail(present.GetValueOrDefault(Fee, Fee.Name), new Error("Statement.FeeAboveAmount", fee, amount));
            var row = new StatementRow(cells.Row, key ?? "", amount, fee, weight,
                kind == StatementKind.Escrow ? Time(OrderedAt) : null, kind == StatementKind.Escrow ? Time(SettledAt) : null);
            if (key is null) continue;
            // The same line twice is a copy-paste slip; the same trade or parcel twice with other figures is a question to ask.
            if (byFingerprint.TryGetValue(row.Fingerprint, out var first)) Fail(present[keyColumn], new Error("Statement.DuplicateLine", first));
            else if (byKey.TryGetValue(key, out first)) Fail(present[keyColumn], new Error("Statement.DuplicateKey", key, first));
            else
            {
                byFingerprint[row.Fingerprint] = cells.Row;
                byKey[key] = cells.Row;
            }
            rows.Add(row);
        }
        // One reason per cell, in sheet order.
        var report = errors.DistinctBy(e => (e.Row, e.Column)).OrderBy(e => e.Row).ToList();
        return report.Count > 0 ? new([], report) : new(rows, []);
    }

    private static decimal? ParseWeight(string? text, string column, Action<string, Error> fail)
    {
        if (text is null)
        {
            fail(column, new Error("Import.Required", column));
            return null;
        }
        var clean = text.Trim();
        if (clean.EndsWith("kg", StringComparison.OrdinalIgnoreCase)) clean = clean[..^2].Trim();
        if (decimal.TryParse(clean, NumberStyles.Number, CultureInfo.InvariantCulture, out var kg) && kg >= 0) return Math.Round(kg, 3);
        fail(column, new Error("Statement.WeightInvalid", text));
        return null;
    }
}
