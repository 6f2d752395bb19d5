using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Platforms;
using BlazorErp.Core.Platforms.Top;
using BlazorErp.Core.Platforms.Waybills;
using BlazorErp.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Shipping.Features;

/// <summary>What became of a request to print: the batch (if any order made it), the orders the refund check pulled out, the ones refused.</summary>
public sealed record PrintBatchOutcome(long? BatchId, IReadOnlyList<WithdrawnOrder> Withdrawn, IReadOnlyList<(long OrderId, Error Error)> Refused);

/// <summary>
/// 单据打印, first half: for approved orders of one courier, 退款检测 asks the platform for refunds and pulls refunded orders out
/// (flagged 退款), then an e-waybill number is reserved per parcel (a retry returns the same number) and the batch is created
/// 生成中. The documents are rendered by <see cref="GeneratePrintBatch"/> in the background.
/// </summary>
public sealed class CreatePrintBatch(IDbContextFactory<ErpDbContext> contexts, IRefundSource refunds, IWaybillService waybills,
    ISecretProtector protector, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result<PrintBatchOutcome>> HandleAsync(IReadOnlyList<long> orderIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var orders = await db.Set<Order>().Where(o => orderIds.Contains(o.Id)).ToListAsync(cancellationToken);
        var refused = orders.Where(o => o.Status != OrderStatus.Approved || o.Flags != OrderFlags.None || o.TrackingNo is not null)
            .Select(o => (o.Id, new Error("Order.NotApproved"))).ToList();
        orders = orders.Where(o => refused.All(r => r.Id != o.Id)).ToList();
        if (orders.Count == 0) return new PrintBatchOutcome(null, [], refused);
        if (orders.Select(o => o.CourierId).Distinct().Count() > 1) return new Error("PrintBatch.OneCourier");
        var courier = await db.Set<Courier>().AsNoTracking().SingleAsync(c => c.Id == orders[0].CourierId, cancellationToken);
        var shopIds = orders.Select(o => o.ShopId).Distinct().ToList();
        var shops = await db.Set<Shop>().AsNoTracking().Where(s => shopIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);

        var withdrawn = new List<WithdrawnOrder>();
        var now = clock.GetUtcNow().UtcDateTime;
        var nowChina = now.AddHours(8);
        foreach (var shopOrders in orders.GroupBy(o => o.ShopId))
        {
            var shop = shops[shopOrders.Key];
            if (!shop.HasCredentials || shopOrders.All(o => o.Sources.Count == 0)) continue;
            var since = shopOrders.Min(o => o.PaidAtChina ?? nowChina.AddDays(-1)).AddDays(-1);
            HashSet<(long Tid, long Oid)> active;
            try
            {
                active = (await refunds.ModifiedAsync(TopCredentials.Of(shop, protector), since, nowChina, cancellationToken))
                    .Where(r => r.Active).Select(r => (r.Tid, r.Oid)).ToHashSet();
            }
            catch (Exception e) when (e is TopApiException or HttpRequestException)
            {
                // Without the refund check nothing is printed: a refunded parcel must not leave.
                return new Error("PrintBatch.RefundCheckFailed", shop.Name, e is TopApiException top ? top.PlatformMessage : e.Message);
            }
            // By line: a line already refunded and taken off the order (货未发出退款) no longer holds the parcel back.
            foreach (var order in shopOrders.Where(o => o.Lines.Any(l => active.Contains((l.Tid, l.Oid)))))
            {
                order.FlagRefund();
                withdrawn.Add(new WithdrawnOrder(order.Id, "退款"));
            }
        }

        var reserved = new List<(Order Order, Waybill Waybill)>();
        foreach (var order in orders.Where(o => withdrawn.All(w => w.OrderId != o.Id)))
        {
            var shop = shops[order.ShopId];
            if (!shop.HasCredentials)
            {
                refused.Add((order.Id, new Error("PrintBatch.NoWaybillAccount", shop.Name)));
                continue;
            }
            try
            {
                reserved.Add((order, await waybills.ReserveAsync(TopCredentials.Of(shop, protector), Request(order, shop, courier), cancellationToken)));
            }
            catch (TopApiException e)
            {
                refused.Add((order.Id, new Error("PrintBatch.WaybillRefused", e.PlatformMessage)));
            }
        }

        long? batchId = null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (reserved.Count > 0)
        {
            var batch = new PrintBatch(courier.Id, reserved.Select(r => r.Order.Id), withdrawn, currentUser.DisplayName, now);
            db.Add(batch);
            await db.SaveChangesAsync(cancellationToken); // the batch's id, for the orders; the orders themselves are saved below
            foreach (var (order, waybill) in reserved) order.AssignWaybill(batch.Id, waybill.Code, waybill.PrintData);
            batchId = batch.Id;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken); // the refund flags too, when nothing was left to print
        }
        catch (DbUpdateConcurrencyException)
        {
            return Errors.ConcurrencyConflict(null); // another station batched or changed these orders a moment ago
        }
        await transaction.CommitAsync(cancellationToken);
        return new PrintBatchOutcome(batchId, withdrawn, refused);
    }

    /// <summary>The parcel as the courier needs it; the order id is the parcel id, which makes the reservation idempotent.</summary>
    private static WaybillRequest Request(Order order, Shop shop, Courier courier)
    {
        var r = order.Receiver;
        var s = shop.SenderAddress;
        return new WaybillRequest(courier.Code, order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new WaybillContact(shop.SenderName, null, shop.SenderPhone, new WaybillAddress(Name(s.ProvinceCode), Name(s.CityCode), Name(s.DistrictCode), s.Street)),
            new WaybillContact(r.Name, r.Mobile, null, new WaybillAddress(r.State, r.City, r.District, r.Address)),
            order.Sources.Select(x => x.Tid.ToString(System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty("O" + order.Id).ToList(),
            order.Lines.Select(l => new WaybillItem(l.Title, l.Quantity)).ToList(), null, "standard");
    }

    private static string Name(string? regionCode) => RegionDirectory.China.Find(regionCode)?.Name ?? "";
}
