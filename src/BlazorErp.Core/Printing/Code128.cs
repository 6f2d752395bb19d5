namespace BlazorErp.Core.Printing;

/// <summary>
/// A Code 128 symbol (ISO/IEC 15417) for printable ASCII, in code set B with code set C for digit runs, so the
/// mostly numeric tracking numbers come out about half as wide. No barcode library is available (ENVIRONMENT.md).
/// </summary>
public sealed class Code128
{
    /// <summary>Element widths (bar, space, bar, …) of symbol values 0–105; 106 is the stop symbol.</summary>
    private static readonly string[] Patterns =
    [
        "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
        "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
        "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
        "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
        "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
        "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
        "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
        "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
        "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
        "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
        "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
    ];

    internal const int StartB = 104, StartC = 105, Stop = 106;
    /// <summary>"Code C" as a value in set B, and "Code B" as a value in set C.</summary>
    internal const int SwitchToC = 99, SwitchToB = 100;

    /// <summary>Light modules required on each side so a scanner finds the symbol's edges.</summary>
    public const int QuietZoneModules = 10;

    public string Data { get; }

    /// <summary>Symbol values from the start symbol through the checksum to the stop symbol.</summary>
    public IReadOnlyList<int> Values { get; }

    /// <summary>Alternating bar and space widths in modules, starting with a bar, without the quiet zones.</summary>
    public IReadOnlyList<int> Widths { get; }

    /// <summary>Total width in modules, quiet zones included.</summary>
    public int ModuleCount { get; }

    private Code128(string data, List<int> values)
    {
        Data = data;
        Values = values;
        var widths = new List<int>(values.Count * 6 + 1);
        foreach (var value in values) widths.AddRange(Patterns[value].Select(c => c - '0'));
        Widths = widths;
        ModuleCount = widths.Sum() + 2 * QuietZoneModules;
    }

    public static bool CanEncode(string? data) => !string.IsNullOrEmpty(data) && data.All(c => c is >= ' ' and <= '~');

    /// <summary>Encodes printable ASCII (space to ~); anything else throws, since a barcode that scans as
    /// something else is worse than none.</summary>
    public static Code128 Encode(string data)
    {
        if (!CanEncode(data)) throw new ArgumentException($"Code 128 takes printable ASCII only: '{data}'", nameof(data));

        var values = new List<int>(data.Length + 4);
        var inC = false;
        var i = 0;
        while (i < data.Length)
        {
            var run = DigitRun(data, i);
            if (UseCodeC(data, i, run))
            {
                // An odd run leaves one digit to set B: the last one when set B follows anyway (the data starts
                // with the run), otherwise the first, which saves switching back at the end of the data.
                if (run % 2 == 1)
                {
                    if (i == 0 && i + run < data.Length) run--;
                    else
                    {
                        if (values.Count == 0) values.Add(StartB);
                        values.Add(data[i] - ' ');
                        i++;
                        run--;
                    }
                }
                values.Add(values.Count == 0 ? StartC : SwitchToC);
                inC = true;
                for (var end = i + run; i < end; i += 2) values.Add((data[i] - '0') * 10 + data[i + 1] - '0');
                continue;
            }
            if (values.Count == 0) values.Add(StartB);
            else if (inC) values.Add(SwitchToB);
            inC = false;
            // A digit run too short for set C goes into set B as it is; otherwise one non-digit.
            var stop = run > 0 ? i + run : i + 1;
            for (; i < stop; i++) values.Add(data[i] - ' ');
        }

        var checksum = values[0];
        for (var position = 1; position < values.Count; position++) checksum += position * values[position];
        values.Add(checksum % 103);
        values.Add(Stop);
        return new Code128(data, values);
    }

    private static int DigitRun(string data, int start)
    {
        var end = start;
        while (end < data.Length && char.IsAsciiDigit(data[end])) end++;
        return end - start;
    }

    /// <summary>
    /// ISO/IEC 15417 Annex E: set C pays off for 4+ digits at the start or end of the data (or 2 digits that are
    /// the whole data) and for 6+ digits in the middle, where switching there and back costs two symbols.
    /// </summary>
    private static bool UseCodeC(string data, int start, int run)
    {
        var atStart = start == 0;
        var atEnd = start + run == data.Length;
        if (atStart && atEnd) return run >= 2 && (run % 2 == 0 || run >= 4);
        if (atStart || atEnd) return run >= 4;
        return run >= 6;
    }
}
