using System.Reflection;
using SkiaSharp;

namespace BlazorErp.Core.Printing;

/// <summary>
/// The one typeface of every PDF: Noto Sans SC cut to GB2312 (wwwroot-assets/fonts), embedded in this assembly.
/// SkiaSharp has no CJK fallback and embeds the whole file into each PDF, hence the subset.
/// </summary>
internal static class PdfFont
{
    // Loaded from memory (SKData), not a managed stream: the PDF backend duplicates the font stream per document,
    // which for memory is a cheap, thread-safe copy of a pointer.
    private static readonly Lazy<SKTypeface> Embedded = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("BlazorErp.Core.Printing.NotoSansSC-Regular-GB2312.ttf")
            ?? throw new InvalidOperationException("the PDF font is not embedded");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("the PDF font does not load");
    });

    /// <summary>Immutable and shared by all threads; SKFont objects made from it are not, so each render makes its own.</summary>
    public static SKTypeface Typeface => Embedded.Value;
}
