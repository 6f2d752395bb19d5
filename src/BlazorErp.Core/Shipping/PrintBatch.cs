using BlazorErp.Core.Common;

namespace BlazorErp.Core.Shipping;

/// <summary>生成中 → 可打印 → 已打印; 失败 when rendering failed (the batch can be generated again).</summary>
public enum PrintBatchStatus { Generating, Ready, Printed, Failed }

/// <summary>A reprint, with the reason the clerk gave (audited with the batch).</summary>
public sealed record Reprint(DateTime AtUtc, string By, string Reason);

/// <summary>An order the refund check pulled out of the batch before printing (the manual's pink rows).</summary>
public sealed record WithdrawnOrder(long OrderId, string Reason);

/// <summary>
/// 打印批次 (单据打印): approved orders whose waybill numbers were reserved together, rendered as one waybill PDF,
/// one packing-slip PDF and one pick list. The documents are produced in the background; the queue shows progress.
/// </summary>
public sealed class PrintBatch : Entity
{
    private List<long> _orderIds = [];
    private List<WithdrawnOrder> _withdrawn = [];
    private List<Reprint> _reprints = [];

    public long CourierId { get; private set; }
    public PrintBatchStatus Status { get; private set; }
    public int Rendered { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
    public string? PrintedBy { get; private set; }
    public DateTime? PrintedAtUtc { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<long> OrderIds => _orderIds;
    public IReadOnlyList<WithdrawnOrder> Withdrawn => _withdrawn;
    public IReadOnlyList<Reprint> Reprints => _reprints;

    private PrintBatch() { }

    public PrintBatch(long courierId, IEnumerable<long> orderIds, IEnumerable<WithdrawnOrder> withdrawn, string by, DateTime nowUtc)
    {
        (CourierId, CreatedBy, CreatedAtUtc, Status) = (courierId, by, nowUtc, PrintBatchStatus.Generating);
        _orderIds = [.. orderIds];
        _withdrawn = [.. withdrawn];
    }

    public void Progress(int rendered) => Rendered = Math.Min(rendered, _orderIds.Count);

    public void Ready() => (Status, Rendered, Error) = (PrintBatchStatus.Ready, _orderIds.Count, null);

    public void Fail(string error) => (Status, Error) = (PrintBatchStatus.Failed, error);

    /// <summary>An order pulled out after the batch was made (a refund): its printed label must not be used.</summary>
    public void Withdraw(long orderId, string reason)
    {
        if (_withdrawn.Any(w => w.OrderId == orderId)) return;
        _withdrawn = [.. _withdrawn, new WithdrawnOrder(orderId, reason)];
    }

    /// <summary>已打印: the first time the documents went to the printer.</summary>
    public Result MarkPrinted(string by, DateTime nowUtc)
    {
        if (Status == PrintBatchStatus.Printed) return Result.Ok();
        if (Status != PrintBatchStatus.Ready) return new Error("PrintBatch.NotReady");
        (Status, PrintedBy, PrintedAtUtc) = (PrintBatchStatus.Printed, by, nowUtc);
        return Result.Ok();
    }

    /// <summary>补打: printing again needs a reason (a jammed printer, a smudged label), kept with the batch.</summary>
    public Result Reprint(string reason, string by, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(reason)) return new Error("PrintBatch.ReprintReasonRequired");
        if (Status != PrintBatchStatus.Printed) return new Error("PrintBatch.NotPrinted");
        _reprints = [.. _reprints, new Reprint(nowUtc, by, reason.Trim())];
        return Result.Ok();
    }
}

public enum PrintFileKind { Waybills, PackingSlips, PickList }

/// <summary>A generated document of a batch. Output, not state: kept with the batch, not audited.</summary>
public sealed class PrintBatchFile
{
    public long Id { get; private set; }
    public long BatchId { get; private set; }
    public PrintFileKind Kind { get; private set; }
    public byte[] Content { get; private set; } = [];

    private PrintBatchFile() { }

    public PrintBatchFile(long batchId, PrintFileKind kind, byte[] content) => (BatchId, Kind, Content) = (batchId, kind, content);

    public string ContentType => Kind == PrintFileKind.PickList
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/pdf";

    public string FileName(long batchId) => Kind switch
    {
        PrintFileKind.Waybills => $"waybills-{batchId}.pdf",
        PrintFileKind.PackingSlips => $"packing-slips-{batchId}.pdf",
        _ => $"pick-list-{batchId}.xlsx",
    };
}
