using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace BlazorErp.Testing;

/// <summary>
/// Reads PDFs back as a user's viewer would extract them (PdfPig), for comparing with what was meant to be
/// printed: NFKC (full-width colons, "…" and radicals become their plain forms) and without whitespace, as
/// wrapping and extraction add their own line breaks and spaces.
/// </summary>
public static class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => Normalize(ContentOrderTextExtractor.GetText(page))).ToList();
    }

    public static string Normalize(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var compact = new StringBuilder(normalized.Length);
        foreach (var c in normalized.Where(c => !char.IsWhiteSpace(c))) compact.Append(c);
        return compact.ToString();
    }
}
