namespace BlazorErp.Core.Printing;

/// <summary>
/// Chinese-aware line breaking on measured advances: a line may break between any two characters where one is
/// CJK, or at spaces, so Latin words, numbers and codes such as "R2-B" stay whole; closing punctuation never starts
/// a line and opening brackets never end one (禁则). A word wider than the line is cut where it overflows.
/// </summary>
internal static class LineBreaker
{
    internal readonly record struct Line(int Start, int Length, float Width);

    private const string NoLineStart = "，。、；：？！）」』》〉】〕”’…·～,.;:?!)]}%";
    private const string NoLineEnd = "（「『《〈【〔“‘([{";

    /// <param name="text">'\n' starts a new paragraph.</param>
    /// <param name="advances">Width of each UTF-16 char (0 for the second half of a surrogate pair).</param>
    public static List<Line> Wrap(string text, ReadOnlySpan<float> advances, float maxWidth)
    {
        var lines = new List<Line>();
        for (var start = 0; start <= text.Length;)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            WrapParagraph(text, advances, start, end, maxWidth, lines);
            if (newline < 0) break;
            start = newline + 1;
        }
        return lines;
    }

    private static void WrapParagraph(string text, ReadOnlySpan<float> advances, int start, int end, float maxWidth, List<Line> lines)
    {
        if (start == end)
        {
            if (end < text.Length) lines.Add(new Line(start, 0, 0)); // an empty paragraph keeps its blank line
            return;
        }
        var i = start;
        while (i < end)
        {
            var lineStart = i;
            var lastBreak = -1;
            var width = 0f;
            for (; i < end; i++)
            {
                if (i > lineStart && CanBreakBefore(text, i)) lastBreak = i;
                if (i > lineStart && width + advances[i] > maxWidth) break;
                width += advances[i];
            }
            var lineEnd = i;
            if (i < end)
            {
                lineEnd = lastBreak > lineStart ? lastBreak : i;
                // Never split a surrogate pair, and always take at least one whole character.
                if (char.IsLowSurrogate(text[lineEnd])) lineEnd += lineEnd - 1 > lineStart ? -1 : 1;
            }
            lines.Add(Measure(text, advances, lineStart, TrimEnd(text, lineStart, lineEnd)));
            i = lineEnd;
            while (i < end && text[i] == ' ') i++;
        }
    }

    /// <summary>How many chars of the line fit before an ellipsis of the given width.</summary>
    public static int FitBefore(string text, ReadOnlySpan<float> advances, Line line, float maxWidth, float ellipsisWidth)
    {
        var width = ellipsisWidth;
        var count = 0;
        while (count < line.Length && width + advances[line.Start + count] <= maxWidth) width += advances[line.Start + count++];
        if (count > 0 && char.IsHighSurrogate(text[line.Start + count - 1])) count--;
        return TrimEnd(text, line.Start, line.Start + count) - line.Start;
    }

    private static bool CanBreakBefore(string text, int i)
    {
        char before = text[i - 1], after = text[i];
        if (after == ' ' || before == ' ') return true;
        if (char.IsLowSurrogate(after)) return false;
        return (IsCjk(before) || IsCjk(after)) && !NoLineStart.Contains(after) && !NoLineEnd.Contains(before);
    }

    /// <summary>CJK ideographs, kana, CJK punctuation, full-width forms; surrogates are mostly rare ideographs.</summary>
    private static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF'
        or >= '\uFF00' and <= '\uFFEF' or >= '\uAC00' and <= '\uD7AF' || char.IsSurrogate(c);

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && text[end - 1] == ' ') end--;
        return end;
    }

    private static Line Measure(string text, ReadOnlySpan<float> advances, int start, int end)
    {
        var width = 0f;
        for (var i = start; i < end; i++) width += advances[i];
        return new Line(start, end - start, width);
    }
}
