namespace BlazorErp.Core.Inventory;

/// <summary>
/// On hand and reserved for one SKU in one warehouse. Changed only by <see cref="Stock"/>, with conditional
/// atomic updates; every change has its <see cref="StockLedgerEntry"/>, so each figure is the sum of its entries.
/// </summary>
public sealed class StockLevel
{
    public long WarehouseId { get; private set; }
    public long SkuId { get; private set; }
    public int OnHand { get; private set; }
    /// <summary>Held by approved-but-unshipped orders.</summary>
    public int Reserved { get; private set; }
    public int Available => OnHand - Reserved;

    private StockLevel() { }

    internal StockLevel(long warehouseId, long skuId) => (WarehouseId, SkuId) = (warehouseId, skuId);
}

/// <summary>Which figure a ledger entry moves.</summary>
public enum StockBucket { OnHand, Reserved }

/// <summary>What caused a stock change; a Strings key "StockDocumentType.*" names it for people.</summary>
public enum StockDocumentType
{
    OpeningBalance, PurchaseReceipt, ReturnReceipt, TransferIn, StockTakeGain,
    Shipment, PurchaseReturn, TransferOut, StockTakeLoss,
    OrderReservation,
    /// <summary>审核批次: a batch approval reserves for all its orders in one entry per SKU; each order keeps its share.</summary>
    ApprovalBatch,
    /// <summary>冲销出库: a shipment reversed, its stock back on hand.</summary>
    ShipmentReversal,
}

/// <summary>One change of one figure: the stock ledger (库存流水). Never updated or deleted; reversals add counter-entries.</summary>
public sealed class StockLedgerEntry
{
    public long Id { get; private set; }
    public DateTime AtUtc { get; private set; }
    public long WarehouseId { get; private set; }
    public long SkuId { get; private set; }
    public StockBucket Bucket { get; private set; }
    public int Quantity { get; private set; }
    public StockDocumentType DocumentType { get; private set; }
    public long DocumentId { get; private set; }
    public string DocumentNo { get; private set; } = "";
    public string UserName { get; private set; } = "";

    private StockLedgerEntry() { }

    internal StockLedgerEntry(DateTime atUtc, long warehouseId, long skuId, StockBucket bucket, int quantity,
        StockDocumentRef document, string userName)
    {
        AtUtc = atUtc;
        WarehouseId = warehouseId;
        SkuId = skuId;
        Bucket = bucket;
        Quantity = quantity;
        DocumentType = document.Type;
        DocumentId = document.Id;
        DocumentNo = document.No;
        UserName = userName;
    }
}

/// <summary>The document a stock change belongs to (an order, a receipt, an opening balance …).</summary>
public sealed record StockDocumentRef(StockDocumentType Type, long Id, string No);

/// <summary>A quantity of one (non-combo) SKU.</summary>
public readonly record struct StockLine(long SkuId, int Quantity);
