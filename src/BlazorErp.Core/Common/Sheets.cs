using System.Globalization;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace BlazorErp.Core.Common;

/// <summary>A problem in one cell of an import: spreadsheet row number (header is row 1; 0: the file as a whole), column header, and why.</summary>
public sealed record RowError(int Row, string Column, Error Error);

/// <summary>What an all-or-nothing import did: the counts when applied, otherwise every problem found (and nothing saved).</summary>
public sealed record ImportReport(int Created, int Updated, IReadOnlyList<RowError> Errors)
{
    public bool Applied => Errors.Count == 0;
    /// <summary>Known rows that already read as the sheet says (nothing saved for them).</summary>
    public int Unchanged { get; init; }

    public static ImportReport Failed(params IReadOnlyList<RowError> errors) => new(0, 0, errors);
}

public enum SheetFormat { Xlsx, Csv }

/// <summary>A data row as the user sees it in Excel: its row number (the header is row 1) and its cells as text, by trimmed header.</summary>
public sealed record SheetRow(int Row, IReadOnlyDictionary<string, string?> Cells)
{
    /// <summary>The cell's text as typed, or null when the cell is blank or the column is absent.</summary>
    public string? this[string column] => Cells.GetValueOrDefault(column) is { } text && !string.IsNullOrWhiteSpace(text) ? text : null;

    /// <summary>The cell's text as typed, blank included (for checks that must see pasted spaces).</summary>
    public string Raw(string column) => Cells.GetValueOrDefault(column) ?? "";
}

/// <summary>The rows of an import file, or why it cannot be imported at all.</summary>
public sealed record Sheet(IReadOnlyList<SheetRow> Rows, IReadOnlyList<RowError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
    /// <summary>A CSV that was not UTF-8 and was read as Excel's Chinese code page (GBK/GB18030).</summary>
    public bool ReadAsGbk { get; init; }

    /// <summary>
    /// Every column of the file missing: the file is the wrong one, or — when it was read as GBK — another encoding whose bytes
    /// GBK happens to accept (Big5 from a Traditional-Chinese tool): that hint is added, since the headers then read as mojibake.
    /// </summary>
    public static IReadOnlyList<RowError> WithEncodingHint(Sheet sheet, IReadOnlyList<RowError> missing, int requiredCount) =>
        sheet.ReadAsGbk && missing.Count == requiredCount && requiredCount > 0 ? [.. missing, new RowError(0, "", new Error("Import.EncodingHint"))] : missing;
}

/// <summary>
/// Reads import files as staff produce them: XLSX, or CSV saved by Excel — which in China writes GBK, while other tools
/// write UTF-8 with or without a byte-order mark. Every cell comes back as text, so the imports parse one way.
/// </summary>
public static class Sheets
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    // GB18030 is a superset of GBK (code page 936): it decodes Excel's files and the rare characters of some names too.
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
    private static readonly Encoding StrictGb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    /// <summary>The format named by a file's extension; null for anything else.</summary>
    public static SheetFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".xlsx" => SheetFormat.Xlsx,
        ".csv" => SheetFormat.Csv,
        _ => null,
    };

    /// <summary>
    /// Reads every non-blank data row and checks that the <paramref name="required"/> columns are there. A file that cannot be
    /// read, has no data or misses a column gives only that error: there is nothing sensible to check row by row.
    /// </summary>
    public static Sheet Read(Stream file, SheetFormat format, IReadOnlyList<string> required)
    {
        List<IDictionary<string, object?>> rows;
        var gbk = false;
        try
        {
            rows = format == SheetFormat.Xlsx
                ? file.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList()
                : ReadCsv(file, out gbk);
        }
        catch (UnknownEncodingException)
        {
            return Failed(new RowError(0, "", new Error("Import.EncodingUnknown")));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or ArgumentException or FormatException)
        {
            return Failed(new RowError(0, "", new Error(format == SheetFormat.Xlsx ? "Import.NotXlsx" : "Import.NotCsv")));
        }
        // MiniExcel returns every row below the header in order, so the index gives the row number Excel shows.
        var data = rows.Select((cells, i) => new SheetRow(i + 2, ToText(cells)))
            .Where(r => r.Cells.Values.Any(v => !string.IsNullOrWhiteSpace(v))) // trailing blank rows
            .ToList();
        if (data.Count == 0) return Failed(new RowError(0, "", new Error("Import.Empty")));
        var headers = data[0].Cells.Keys.ToHashSet();
        var missing = required.Where(c => !headers.Contains(c)).Select(c => new RowError(1, c, new Error("Import.ColumnMissing", c))).ToList();
        var sheet = new Sheet(data, []) { ReadAsGbk = gbk };
        return missing.Count > 0 ? Failed([.. Sheet.WithEncodingHint(sheet, missing, required.Count)]) : sheet;
    }

    /// <summary>
    /// A money cell (¥ signs allowed), rounded to cents; 0 when blank. A blank required cell, a non-number or a negative
    /// amount is reported through <paramref name="fail"/>.
    /// </summary>
    public static decimal Money(string? text, string column, bool required, Action<string, Error> fail, string negativeCode = "Sku.NegativePrice")
    {
        if (text is null)
        {
            if (required) fail(column, new Error("Import.Required", column));
            return 0;
        }
        if (!decimal.TryParse(text.Trim().TrimStart('¥', '￥'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            fail(column, new Error("Import.NumberInvalid", text));
            return 0;
        }
        if (value < 0) fail(column, new Error(negativeCode));
        return Math.Round(value, 2);
    }

    private static List<IDictionary<string, object?>> ReadCsv(Stream file, out bool gbk)
    {
        using var buffer = new MemoryStream();
        file.CopyTo(buffer);
        var encoding = EncodingOf(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        gbk = encoding == Gb18030;
        buffer.Position = 0;
        var configuration = new CsvConfiguration { StreamReaderFunc = stream => new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true) };
        return buffer.Query(useHeaderRow: true, excelType: ExcelType.CSV, configuration: configuration).Cast<IDictionary<string, object?>>().ToList();
    }

    /// <summary>
    /// UTF-8 when it says so (BOM) or when every byte decodes as UTF-8; UTF-16 when its BOM says so; otherwise Excel's Chinese
    /// code page — if every byte decodes as that. Anything else (Big5 or Shift-JIS bytes GBK cannot read, a binary file) is
    /// refused instead of being read as mojibake.
    /// </summary>
    private static Encoding EncodingOf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble)) return Encoding.UTF8;
        if (bytes.StartsWith(Encoding.Unicode.Preamble)) return Encoding.Unicode;
        if (bytes.StartsWith(Encoding.BigEndianUnicode.Preamble)) return Encoding.BigEndianUnicode;
        if (Decodes(StrictUtf8, bytes)) return Encoding.UTF8;
        if (Decodes(StrictGb18030, bytes)) return Gb18030;
        throw new UnknownEncodingException();
    }

    private static bool Decodes(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            encoding.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private sealed class UnknownEncodingException : Exception;

    private static Dictionary<string, string?> ToText(IDictionary<string, object?> cells)
    {
        var text = new Dictionary<string, string?>();
        foreach (var (header, value) in cells) text.TryAdd(header.Trim(), Text(value));
        return text;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        // Whole numbers as typed: an order number or phone stored as a number must not come back as 2.0261123E+15.
        double d when d == Math.Truncate(d) && Math.Abs(d) < 1e17 => d.ToString("0", CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static Sheet Failed(params IReadOnlyList<RowError> errors) => new([], errors);
}
