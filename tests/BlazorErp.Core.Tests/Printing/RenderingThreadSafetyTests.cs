using BlazorErp.Core.Printing;
using BlazorErp.Testing;

namespace BlazorErp.Core.Tests.Printing;

public class RenderingThreadSafetyTests
{
    [Fact]
    public async Task The_same_batch_rendered_on_several_threads_at_once_reads_back_the_same()
    {
        var waybills = Enumerable.Range(0, 40).Select(i => PrintSamples.Waybill(i, (WaybillLabelSize)(i % 2))).ToList();
        var slips = Enumerable.Range(0, 20).Select(i => PrintSamples.PackingSlip(i, lineCount: i % 7 == 0 ? 25 : 0)).ToList();
        var expectedWaybills = PdfText.Pages(new WaybillRenderer().RenderWaybills(waybills));
        var expectedSlips = PdfText.Pages(new PackingSlipRenderer().RenderPackingSlips(slips));

        using var start = new Barrier(6);
        // Threads of their own, all released together, so the renders really overlap.
        var renders = Enumerable.Range(0, 6).Select(t => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return t % 2 == 0
                ? PdfText.Pages(new WaybillRenderer().RenderWaybills(waybills))
                : PdfText.Pages(new PackingSlipRenderer().RenderPackingSlips(slips));
        }, TaskCreationOptions.LongRunning)).ToList();
        var results = await Task.WhenAll(renders);

        for (var t = 0; t < results.Length; t++) Assert.Equal(t % 2 == 0 ? expectedWaybills : expectedSlips, results[t]);
        Assert.Equal(40, expectedWaybills.Count);
        Assert.All(expectedWaybills.Zip(waybills), pair => Assert.Contains(pair.Second.TrackingNumber, pair.First));
    }
}
