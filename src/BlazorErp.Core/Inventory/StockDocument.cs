using BlazorErp.Core.Common;

namespace BlazorErp.Core.Inventory;

public enum StockDocumentStatus { Draft, Audited, Reversed }

public sealed record StockDocumentLine(long SkuId, int Quantity, decimal UnitCost);

/// <summary>
/// An inbound or outbound stock document (期初, 采购入库, 盘点 …): drafted, then audited (审核), which posts it
/// through <see cref="Stock"/>. An audited document is never edited or deleted; it is reversed (冲销) by
/// posting the same lines with the opposite sign under the same document.
/// </summary>
public sealed class StockDocument : Entity
{
    private List<StockDocumentLine> _lines = [];

    public string No { get; private set; } = "";
    public StockDocumentType Type { get; private set; }
    public long WarehouseId { get; private set; }
    public StockDocumentStatus Status { get; private set; }
    public string? Note { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
    public string? AuditedBy { get; private set; }
    public DateTime? AuditedAtUtc { get; private set; }
    public string? ReversedBy { get; private set; }
    public DateTime? ReversedAtUtc { get; private set; }
    public IReadOnlyList<StockDocumentLine> Lines => _lines;

    /// <summary>Outbound types post their lines as negative quantities.</summary>
    public bool IsOutbound => Type is StockDocumentType.Shipment or StockDocumentType.PurchaseReturn
        or StockDocumentType.TransferOut or StockDocumentType.StockTakeLoss;

    public StockDocumentRef Ref => new(Type, Id, No);

    private StockDocument() { }

    public StockDocument(string no, StockDocumentType type, long warehouseId, string? note, string createdBy, DateTime nowUtc)
    {
        No = no;
        Type = type;
        WarehouseId = warehouseId;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        CreatedBy = createdBy;
        CreatedAtUtc = nowUtc;
    }

    public Result SetLines(IEnumerable<StockDocumentLine> lines)
    {
        if (Status != StockDocumentStatus.Draft) return new Error("StockDocument.NotDraft", No);
        var list = lines.ToList();
        if (list.Count == 0) return new Error("StockDocument.NoLines");
        if (list.Any(l => l.Quantity <= 0)) return new Error("StockDocument.QuantityInvalid");
        if (list.Any(l => l.UnitCost < 0)) return new Error("Sku.NegativePrice");
        // One SKU on two lines is merged only when both say the same cost. Different costs are refused rather than weighted:
        // "5 @30" beside "5" (cost forgotten) is a typing slip, and a weighted 15 would hide it in the stock value.
        if (list.GroupBy(l => l.SkuId).FirstOrDefault(g => g.Select(l => l.UnitCost).Distinct().Count() > 1) is { } conflict)
            return new Error("StockDocument.CostsDiffer", conflict.Key);
        OwnedRows.Replace(ref _lines, list.GroupBy(l => l.SkuId)
            .Select(g => new StockDocumentLine(g.Key, g.Sum(l => l.Quantity), g.First().UnitCost)).ToList());
        return Result.Ok();
    }

    /// <summary>A draft posted nothing, so it may be deleted (the audit log keeps it); an audited document is reversed instead.</summary>
    public Result CheckDeletable() => Status == StockDocumentStatus.Draft ? Result.Ok() : new Error("StockDocument.NotDraft", No);

    /// <summary>Audit: the movement to post (signed by direction). The caller posts it through <see cref="Stock"/>.</summary>
    public Result<IReadOnlyList<StockLine>> Audit(string by, DateTime nowUtc)
    {
        if (Status != StockDocumentStatus.Draft) return new Error("StockDocument.NotDraft", No);
        if (_lines.Count == 0) return new Error("StockDocument.NoLines");
        Status = StockDocumentStatus.Audited;
        AuditedBy = by;
        AuditedAtUtc = nowUtc;
        return Signed(IsOutbound ? -1 : 1);
    }

    /// <summary>Reverse (冲销): the counter-movement. Posted stock is corrected by new entries, never by deletion.</summary>
    public Result<IReadOnlyList<StockLine>> Reverse(string by, DateTime nowUtc)
    {
        if (Status != StockDocumentStatus.Audited) return new Error("StockDocument.NotAudited", No);
        Status = StockDocumentStatus.Reversed;
        ReversedBy = by;
        ReversedAtUtc = nowUtc;
        return Signed(IsOutbound ? 1 : -1);
    }

    private List<StockLine> Signed(int sign) => _lines.Select(l => new StockLine(l.SkuId, sign * l.Quantity)).ToList();
}
