using BlazorErp.Core.Common;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.Inventory.Features;
using BlazorErp.Core.Localization;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BlazorErp.Core.AfterSales.Features;

/// <summary>
/// QC检测完毕 → 审核确定, in one transaction: sellable goods come into the return warehouse and defective goods into the
/// 次品仓, each as an audited return document (退货入库, reversible on 出入库单据); the red-marked lines become a refund for
/// finance; an exchange's order is created for review. A second confirmation of the same parcel — from another desk at
/// the same moment too — is refused and changes nothing.
/// </summary>
public sealed class ConfirmReceipt(IDbContextFactory<ErpDbContext> contexts, Stock stock, CurrentUser currentUser,
    TimeProvider clock, IStringLocalizer<Strings> l)
{
    public async Task<Result> HandleAsync(long caseId, long version, IReadOnlyList<LineCheck> checks)
    {
        // Two desks numbering their 退货入库 documents at the same moment collide on the number: the later one tries again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ConfirmAsync(caseId, version, checks);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new Error("AfterSales.Stale", AfterSalesCase.NoOf(caseId)); // another desk confirmed first; our entries rolled back
            }
            catch (DbUpdateException) when (attempt < 3)
            {
            }
        }
    }

    private async Task<Result> ConfirmAsync(long caseId, long version, IReadOnlyList<LineCheck> checks)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.Set<AfterSalesCase>().SingleOrDefaultAsync(c => c.Id == caseId) is not { } @case) return Errors.NotFound(AfterSalesCase.NoOf(caseId));
        if (@case.Version != version) return new Error("AfterSales.Stale", @case.No);
        var confirmed = @case.ConfirmReceipt(checks, currentUser.Name, now);
        if (!confirmed.Succeeded) return confirmed.Error!;

        var note = l["AfterSales.ReceiptNote", @case.No].Value;
        var good = await PostAsync(db, @case.ReturnWarehouseId!.Value, @case.Lines.Select(x => (x.SkuId, x.Good)), note, now);
        if (!good.Succeeded) return good;
        if (@case.Lines.Any(x => x.Defective > 0))
        {
            var defectiveWarehouse = await db.Set<Warehouse>().Where(w => w.Type == WarehouseType.Defective && w.Enabled).OrderBy(w => w.Id)
                .Select(w => (long?)w.Id).FirstOrDefaultAsync();
            if (defectiveWarehouse is null) return new Error("AfterSales.NoDefectiveWarehouse");
            var defective = await PostAsync(db, defectiveWarehouse.Value, @case.Lines.Select(x => (x.SkuId, x.Defective)), note, now);
            if (!defective.Succeeded) return defective;
        }
        if (confirmed.Value > 0)
            db.Add(new Refund(@case.ShopId!.Value, @case.OrderId, @case.Id, @case.MoneyTid, confirmed.Value, RefundKind.AfterReturn, l["CaseReason." + @case.Reason], now, currentUser.Name));
        if (@case.Type == CaseType.Exchange)
        {
            var original = await db.Set<Order>().SingleAsync(o => o.Id == @case.OrderId);
            var exchange = CaseOrders.Create(@case, original, l["AfterSales.ExchangeRemark", @case.No, original.Id], now);
            db.Add(exchange);
            await db.SaveChangesAsync();
            @case.LinkNewOrder(exchange.Id);
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return Result.Ok();
    }

    /// <summary>One audited 退货入库 document per warehouse, posted through the stock ledger.</summary>
    private async Task<Result> PostAsync(ErpDbContext db, long warehouseId, IEnumerable<(long SkuId, int Quantity)> received, string note, DateTime now)
    {
        var lines = await CaseGoods.StockLinesAsync(db, received);
        if (lines.Count == 0) return Result.Ok();
        var costs = await db.Set<Sku>().Where(s => lines.Select(x => x.SkuId).Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Cost);
        var document = new StockDocument(await DocumentNumbers.NextAsync(db, StockDocumentType.ReturnReceipt, now), StockDocumentType.ReturnReceipt,
            warehouseId, note, currentUser.Name, now);
        document.SetLines(lines.Select(x => new StockDocumentLine(x.SkuId, x.Quantity, costs.GetValueOrDefault(x.SkuId))));
        var movement = document.Audit(currentUser.Name, now);
        db.Add(document);
        await db.SaveChangesAsync(); // the document's id for its ledger entries
        return await stock.PostAsync(db, warehouseId, movement.Value!, document.Ref);
    }
}
