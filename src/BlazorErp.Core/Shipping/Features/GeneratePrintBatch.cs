using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Printing;
using BlazorErp.Core.Regions;
using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Shipping.Features;

/// <summary>
/// 单据打印, second half: renders a 生成中 batch's waybill PDF and packing-slip PDF (in parallel: the renderers are pure)
/// and its pick list (拣货单, by SKU — combos as their components, which is what is picked), stores them with the batch
/// and makes it 可打印. Runs in the background; progress is saved so the print queue can show it.
/// </summary>
public sealed class GeneratePrintBatch(IDbContextFactory<ErpDbContext> contexts, TimeProvider clock)
{
    public async Task<Result> HandleAsync(long batchId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<PrintBatch>().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken) is not { } batch) return Errors.NotFound("PrintBatch " + batchId);
        if (batch.Status != PrintBatchStatus.Generating && batch.Status != PrintBatchStatus.Failed) return Result.Ok();
        try
        {
            var ids = batch.OrderIds.ToList();
            // An order sent back to review since the batch was made is no longer in it.
            var orders = (await db.Set<Order>().AsNoTracking().Where(o => ids.Contains(o.Id) && o.PrintBatchId == batch.Id && o.TrackingNo != null)
                .ToListAsync(cancellationToken)).OrderBy(o => ids.IndexOf(o.Id)).ToList();
            if (orders.Count == 0) throw new InvalidOperationException("every order of the batch was sent back to review");
            var courier = await db.Set<Courier>().AsNoTracking().SingleAsync(c => c.Id == batch.CourierId, cancellationToken);
            var shops = await db.Set<Shop>().AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
            var skuIds = orders.SelectMany(o => o.Reserved.Select(r => r.SkuId)).Distinct().ToList();
            var skus = await db.Set<Sku>().AsNoTracking().Include(s => s.Goods).Where(s => skuIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
            var printedAt = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.AddHours(8).Ticks, TimeSpan.FromHours(8));

            var waybills = orders.Select(o => Waybill(o, shops[o.ShopId], courier, printedAt)).ToList();
            var slips = orders.Select(o => Slip(o, shops[o.ShopId], courier, printedAt)).ToList();
            var rendering = Task.Run(() => new WaybillRenderer().RenderWaybills(waybills), cancellationToken);
            var slipRendering = Task.Run(() => new PackingSlipRenderer().RenderPackingSlips(slips), cancellationToken);
            var waybillPdf = await rendering;
            batch.Progress(orders.Count / 2);
            await db.SaveChangesAsync(cancellationToken);
            var slipPdf = await slipRendering;

            db.AddRange(new PrintBatchFile(batch.Id, PrintFileKind.Waybills, waybillPdf), new PrintBatchFile(batch.Id, PrintFileKind.PackingSlips, slipPdf),
                new PrintBatchFile(batch.Id, PrintFileKind.PickList, PickList(orders, skus)));
            batch.Ready();
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            var failed = await db.Set<PrintBatch>().SingleAsync(b => b.Id == batchId, cancellationToken);
            failed.Fail(e.Message.Length > 500 ? e.Message[..500] : e.Message);
            await db.SaveChangesAsync(cancellationToken);
            return new Error("PrintBatch.RenderFailed", e.Message);
        }
    }

    private static WaybillData Waybill(Order order, Shop shop, Courier courier, DateTimeOffset printedAt)
    {
        var r = order.Receiver;
        var sender = shop.SenderAddress;
        return new WaybillData(courier.Name, order.TrackingNo!, SortingText(r), new PrintParty(r.Name, r.Mobile, $"{r.State}{r.City}{r.District}{r.Address}"),
            new PrintParty(shop.SenderName, shop.SenderPhone, RegionDirectory.China.PathOf(sender.DistrictCode ?? sender.CityCode ?? sender.ProvinceCode)?.Display + sender.Street),
            order.WaybillPrintData ?? order.TrackingNo!, string.Join("；", order.Lines.Select(l => $"{l.Title} {l.SkuProperties} ×{l.Quantity}".Replace("  ", " "))),
            order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), printedAt)
        {
            LabelSize = courier.LabelSize == LabelSize.Mm76x130 ? WaybillLabelSize.Mm76x130 : WaybillLabelSize.Mm100x180,
            Remarks = order.ServiceRemark,
        };
    }

    /// <summary>大头笔: the destination as sorters read it — short province, city, district.</summary>
    private static string SortingText(Receiver r) =>
        string.Join(" ", new[] { r.State, r.City, r.District }.Where(x => !string.IsNullOrEmpty(x)).Distinct()
            .Select(x => x.Length > 2 ? x.TrimEnd('省', '市') : x));

    private static PackingSlipData Slip(Order order, Shop shop, Courier courier, DateTimeOffset printedAt)
    {
        var r = order.Receiver;
        return new PackingSlipData(shop.Name, order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), order.TrackingNo, order.BuyerNick,
            new PrintParty(r.Name, r.Mobile, $"{r.State}{r.City}{r.District}{r.Address}"),
            order.Lines.Select(l => new PackingSlipLine(l.MerchantCode ?? "", l.Title, l.SkuProperties, l.Quantity, l.IsGift)).ToList(), printedAt)
        {
            CourierName = courier.Name, BuyerMessage = order.BuyerMessage, SellerMemo = order.SellerMemo,
        };
    }

    /// <summary>拣货单: one row per SKU to take off the shelves for the whole batch, in merchant-code order.</summary>
    private static byte[] PickList(IReadOnlyList<Order> orders, IReadOnlyDictionary<long, Sku> skus)
    {
        var rows = orders.SelectMany(o => o.Reserved).GroupBy(r => r.SkuId).Select(g => skus[g.Key]).OrderBy(s => s.MerchantCode)
            .Select(s => new Dictionary<string, object?>
            {
                ["商家编码"] = s.MerchantCode, ["货品名称"] = s.Goods.Name, ["规格"] = s.SpecName, ["条码"] = string.Join(" ", s.Barcodes.Select(b => b.Code)),
                ["数量"] = orders.SelectMany(o => o.Reserved).Where(r => r.SkuId == s.Id).Sum(r => r.Quantity),
            }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }
}
