using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Inventory.Features;

public sealed record StockDocumentLineInput(string MerchantCode, int Quantity, decimal UnitCost)
{
    /// <summary>Where the line was typed (1-based), for messages; its position in the input when not given.</summary>
    public int? LineNo { get; init; }
}

public sealed record StockDocumentInput(StockDocumentType Type, long WarehouseId, string? Note, IReadOnlyList<StockDocumentLineInput> Lines);

/// <summary>Drafts a stock document (e.g. 期初 opening balance) with lines by merchant code; audit it to post.</summary>
public sealed class CreateStockDocument(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result<long>> HandleAsync(StockDocumentInput input)
    {
        if (input.Type == StockDocumentType.OrderReservation) return new Error("StockDocument.TypeInvalid");
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<Warehouse>().AsNoTracking().SingleOrDefaultAsync(w => w.Id == input.WarehouseId) is not { } warehouse)
            return Errors.NotFound("Warehouse " + input.WarehouseId);
        if (!warehouse.CanShip && warehouse.Type == WarehouseType.RemoteAreaBucket)
            return new Error("Stock.BucketHoldsNoStock", warehouse.Name);

        var keys = input.Lines.Select(l => MerchantCode.Key(l.MerchantCode.Trim())).ToList();
        var skus = await db.Set<Sku>().AsNoTracking().Where(s => keys.Contains(s.MerchantCodeKey)).ToDictionaryAsync(s => s.MerchantCodeKey);
        var lines = new List<StockDocumentLine>();
        var firstBySku = new Dictionary<long, (int LineNo, decimal Cost)>();
        foreach (var (line, index) in input.Lines.Select((l, i) => (l, i)))
        {
            if (!skus.TryGetValue(MerchantCode.Key(line.MerchantCode.Trim()), out var sku)) return new Error("Sku.UnknownCode", line.MerchantCode);
            if (sku.IsCombo) return new Error("Stock.ComboHasNoStock", sku.MerchantCode);
            var lineNo = line.LineNo ?? index + 1;
            // Named by code and line here; the document refuses the same conflict (StockDocument.CostsDiffer) whoever builds it.
            if (firstBySku.TryGetValue(sku.Id, out var first) && first.Cost != line.UnitCost)
                return new Error("StockDocument.CostConflict", sku.MerchantCode, first.LineNo, first.Cost, lineNo, line.UnitCost);
            firstBySku.TryAdd(sku.Id, (lineNo, line.UnitCost));
            lines.Add(new StockDocumentLine(sku.Id, line.Quantity, line.UnitCost));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var document = new StockDocument(await DocumentNumbers.NextAsync(db, input.Type, now), input.Type, input.WarehouseId, input.Note, currentUser.Name, now);
        if (document.SetLines(lines) is { Succeeded: false } error) return error.Error!;
        db.Add(document);
        await db.SaveChangesAsync();
        return document.Id;
    }
}

/// <summary>Document numbers staff can read and say: 期初 QC20261122-0001, 入库 RK…, 出库 CK…</summary>
public static class DocumentNumbers
{
    public static string Prefix(StockDocumentType type) => type switch
    {
        StockDocumentType.OpeningBalance => "QC",
        StockDocumentType.PurchaseReceipt => "CG",
        StockDocumentType.ReturnReceipt => "TH",
        StockDocumentType.TransferIn or StockDocumentType.TransferOut => "DB",
        StockDocumentType.StockTakeGain or StockDocumentType.StockTakeLoss => "PD",
        StockDocumentType.PurchaseReturn => "CT",
        _ => "CK",
    };

    public static async Task<string> NextAsync(ErpDbContext db, StockDocumentType type, DateTime nowUtc)
    {
        var stem = $"{Prefix(type)}{nowUtc.AddHours(8):yyyyMMdd}-"; // numbered by the China business day
        var last = await db.Set<StockDocument>().Where(d => d.No.StartsWith(stem)).OrderByDescending(d => d.No).Select(d => d.No).FirstOrDefaultAsync();
        var next = last is null ? 1 : int.Parse(last[stem.Length..]) + 1;
        return $"{stem}{next:0000}";
    }
}
