using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Orders;
using BlazorErp.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Review.Features;

public sealed record GiftInput(string Code, int Quantity);

/// <summary>The order editor's save: everything a clerk may change before approval, with the version they saw.</summary>
public sealed record ReviewOrderEdit
{
    public long OrderId { get; init; }
    public long Version { get; init; }
    public string ReceiverName { get; init; } = "";
    public string ReceiverMobile { get; init; } = "";
    /// <summary>The deepest region chosen (district, else city, else province).</summary>
    public string RegionCode { get; init; } = "";
    public string Address { get; init; } = "";
    public long? CourierId { get; init; }
    public long? WarehouseId { get; init; }
    public string? ServiceRemark { get; init; }
    /// <summary>New quantity per current line, in order; 0 removes the line.</summary>
    public IReadOnlyList<int> LineQuantities { get; init; } = [];
    public IReadOnlyList<GiftInput> Gifts { get; init; } = [];
    public ReviewFinding Acknowledge { get; init; }
}

/// <summary>Saves the editor in one go and re-runs the checks; refused if someone else holds the order or changed it.</summary>
public sealed class SaveReviewOrder(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result<long>> HandleAsync(ReviewOrderEdit edit)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var loaded = await OrderEdits.LoadAsync(db, edit.OrderId, edit.Version, currentUser, clock.GetUtcNow().UtcDateTime);
        if (!loaded.Succeeded) return loaded.Error!;
        var order = loaded.Value!;

        if (RegionDirectory.China.PathOf(edit.RegionCode) is not { } path) return new Error("Region.Unknown", edit.RegionCode);
        var receiver = new Receiver(edit.ReceiverName.Trim(), edit.ReceiverMobile.Trim(), path.Province.Name, path.City?.Name ?? "",
            path.District?.Name ?? "", edit.Address.Trim(), order.Receiver.Zip, path.Province.Code, path.City?.Code, path.District?.Code);
        var warehouse = edit.WarehouseId is { } w ? await db.Set<Warehouse>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == w) : null;
        if (edit.WarehouseId is not null && warehouse is null) return Errors.NotFound("Warehouse " + edit.WarehouseId);
        if (edit.CourierId is { } c && !await db.Set<Courier>().AnyAsync(x => x.Id == c)) return Errors.NotFound("Courier " + c);
        if (edit.LineQuantities.Count != order.Lines.Count) return await OrderEdits.StaleAsync(db, order.Id);

        var steps = new List<Func<Result>>
        {
            () => receiver.MergeKey == order.Receiver.MergeKey ? Result.Ok() : order.ChangeReceiver(receiver),
            () => edit.CourierId == order.CourierId && edit.WarehouseId == order.WarehouseId ? Result.Ok()
                : order.Assign(edit.CourierId, edit.WarehouseId, warehouse?.Type == WarehouseType.RemoteAreaBucket),
            () => edit.ServiceRemark == order.ServiceRemark ? Result.Ok() : order.SetServiceRemark(edit.ServiceRemark),
            () => edit.Acknowledge == ReviewFinding.None ? Result.Ok() : order.Acknowledge(edit.Acknowledge),
        };
        // Quantities first (by index), then removals from the end, so indexes stay valid.
        for (var i = 0; i < edit.LineQuantities.Count; i++)
        {
            var (index, quantity) = (i, edit.LineQuantities[i]);
            if (quantity > 0 && quantity != order.Lines[index].Quantity) steps.Add(() => order.SetLineQuantity(index, quantity));
        }
        for (var i = edit.LineQuantities.Count - 1; i >= 0; i--)
        {
            var index = i;
            if (edit.LineQuantities[index] <= 0) steps.Add(() => order.RemoveLine(index));
        }
        foreach (var gift in edit.Gifts)
        {
            var key = MerchantCode.Key(gift.Code.Trim());
            var sku = await db.Set<Sku>().AsNoTracking().Where(s => s.Active && (s.MerchantCodeKey == key || s.Barcodes.Any(b => b.Code == gift.Code.Trim())))
                .Select(s => new { s.Id, s.MerchantCode, Title = s.Goods.Name, s.SpecName }).FirstOrDefaultAsync();
            if (sku is null) return new Error("Sku.UnknownCode", gift.Code);
            steps.Add(() => order.AddGift(sku.Id, sku.MerchantCode, sku.Title, sku.SpecName, gift.Quantity));
        }
        foreach (var step in steps)
            if (step() is { Succeeded: false } failed) return failed.Error!;

        var saved = await OrderEdits.SaveAsync(db, order);
        return saved.Succeeded ? order.Version : saved.Error!;
    }
}
