using System.Diagnostics;
using BlazorErp.Core.Printing;
using BlazorErp.Testing;

namespace BlazorErp.Benchmarks;

/// <summary>
/// Waybill PDFs as print batches produce them: N realistic waybills (every tenth on the 76 × 130 mm label) in
/// batches of 500, one PDF per batch, the batches rendered in parallel on every core. Afterwards, untimed, every
/// page is read back with PdfPig and must show its own tracking number, order number, destination, receiver and
/// address.
/// </summary>
public sealed class PrintScenario : IScenario
{
    private const int BatchSize = 500;

    public string Description => "waybill PDFs in parallel batches of 500: pages/s, bytes, peak memory, PdfPig read-back mismatches";
    public int DefaultSize => 10_000;

    public Task<ResultTable> RunAsync(int size)
    {
        var waybills = Enumerable.Range(0, size)
            .Select(i => PrintSamples.Waybill(i, i % 10 == 9 ? WaybillLabelSize.Mm76x130 : WaybillLabelSize.Mm100x180))
            .ToList();
        var batches = waybills.Chunk(BatchSize).ToList();
        var renderer = new WaybillRenderer();
        renderer.RenderWaybills(waybills.Take(10).ToList()); // JIT and the embedded font, not the batches

        var pdfs = new byte[batches.Count][];
        var clock = Stopwatch.StartNew();
        Parallel.For(0, batches.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            b => pdfs[b] = renderer.RenderWaybills(batches[b]));
        var elapsed = clock.Elapsed;
        using var process = Process.GetCurrentProcess();
        var peakMb = process.PeakWorkingSet64 / 1024.0 / 1024;

        var mismatches = 0;
        for (var b = 0; b < batches.Count; b++)
        {
            var pages = PdfText.Pages(pdfs[b]);
            mismatches += Math.Abs(pages.Count - batches[b].Length);
            mismatches += batches[b].Zip(pages).Count(pair => !Shows(pair.Second, pair.First));
        }

        var bytes = pdfs.Sum(pdf => (long)pdf.Length);
        var table = new ResultTable("waybills", "batches", "workers", "render time", "pages/s", "PDF MB total", "KB/page",
            "MB/PDF of 500", "peak working set MB", "text mismatches");
        table.Add(size, batches.Count, Environment.ProcessorCount, elapsed, size / elapsed.TotalSeconds, bytes / 1024.0 / 1024,
            bytes / 1024.0 / size, pdfs[0].Length / 1024.0 / 1024, peakMb, mismatches);
        if (mismatches > 0) table.Failures.Add($"{mismatches} pages do not show what was printed");
        return Task.FromResult(table);
    }

    private static bool Shows(string page, WaybillData waybill) =>
        new[] { waybill.TrackingNumber, waybill.OrderNumber, waybill.SortingText, waybill.Receiver.Name + waybill.Receiver.Phone, waybill.Receiver.Address }
            .All(expected => page.Contains(PdfText.Normalize(expected), StringComparison.Ordinal));
}
