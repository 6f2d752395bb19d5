using BlazorErp.Core.Common;
using BlazorErp.Core.Localization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BlazorErp.Core.MasterData.Features;

/// <summary>The SKU form (规格): its goods, then the SKU's own fields. Barcodes are one per line or comma-separated.</summary>
public sealed record SkuInput
{
    public long? SkuId { get; set; }
    public long Version { get; set; }
    public string GoodsName { get; set; } = "";
    public string? Category { get; set; }
    public string? Brand { get; set; }
    public string? Unit { get; set; } = "件";
    public string MerchantCode { get; set; } = "";
    public string? SpecName { get; set; }
    public string? Barcodes { get; set; }
    public decimal RetailPrice { get; set; }
    public decimal MinPrice { get; set; }
    public decimal Cost { get; set; }
    public int WeightGrams { get; set; }
    /// <summary>图片地址: an http(s) address of the SKU's picture, or blank.</summary>
    public string? ImageUrl { get; set; }
}

/// <summary>Field messages for the SKU form: the same rules <see cref="Sku.Check"/> enforces, per field.</summary>
public sealed class SkuInputValidator : AbstractValidator<SkuInput>
{
    public SkuInputValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.GoodsName).NotEmpty().MaximumLength(100).WithName(l["Field.GoodsName"]);
        RuleFor(x => x.MerchantCode).Custom((code, context) =>
        {
            if (MerchantCode.Check(code) is { } error) context.AddFailure(l.Message(error));
        });
        RuleFor(x => x.RetailPrice).GreaterThanOrEqualTo(0).WithMessage(l["Sku.NegativePrice"]);
        RuleFor(x => x.MinPrice).GreaterThanOrEqualTo(0).WithMessage(l["Sku.NegativePrice"])
            .LessThanOrEqualTo(x => x.RetailPrice).When(x => x.RetailPrice > 0).WithMessage(l["Sku.MinAboveRetail"]);
        RuleFor(x => x.Cost).GreaterThanOrEqualTo(0).WithMessage(l["Sku.NegativePrice"]);
        RuleFor(x => x.WeightGrams).GreaterThanOrEqualTo(0).WithMessage(l["Sku.NegativeWeight"]);
        RuleFor(x => x.ImageUrl).Custom((url, context) =>
        {
            if (Sku.CheckImageUrl(url) is { } error) context.AddFailure(l.Message(error));
        });
        RuleFor(x => x.Barcodes).Custom((text, context) =>
        {
            var barcodes = GoodsSheet.SplitBarcodes(text?.Replace('\n', ','));
            if (barcodes.FirstOrDefault(b => b.Length > 32) is { } tooLong) context.AddFailure(l["Sku.BarcodeInvalid", tooLong]);
            else if (barcodes.Distinct().Count() != barcodes.Count) context.AddFailure(l["Sku.BarcodeRepeated"]);
        });
    }
}

/// <summary>
/// Creates or edits one SKU and its goods. New SKUs join the goods of that name (or a new one). Merchant
/// code and barcodes must be unique; a stale edit is refused with who changed it.
/// </summary>
public sealed class SaveSku(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser)
{
    public async Task<Result<long>> HandleAsync(SkuInput input)
    {
        if (GoodsMasterAccess.Check(currentUser) is { } forbidden) return forbidden;
        if (string.IsNullOrWhiteSpace(input.GoodsName)) return new Error("Import.Required", GoodsSheet.GoodsName);
        var barcodes = GoodsSheet.SplitBarcodes(input.Barcodes?.Replace('\n', ','));
        var details = new SkuDetails(input.MerchantCode, input.SpecName, barcodes, input.RetailPrice, input.MinPrice, input.Cost, input.WeightGrams,
            input.ImageUrl);
        if (Sku.Check(details) is { } error) return error;

        await using var db = await contexts.CreateDbContextAsync();
        var key = MerchantCode.Key(input.MerchantCode);
        var taken = await db.Set<Sku>().Where(s => s.MerchantCodeKey == key && s.Id != input.SkuId).Select(s => s.MerchantCode).FirstOrDefaultAsync();
        if (taken is not null) return new Error("Sku.CodeTaken", taken);
        var barcodeOwner = await db.Set<Sku>().Where(s => s.Id != input.SkuId && s.Barcodes.Any(b => barcodes.Contains(b.Code)))
            .Select(s => new { s.MerchantCode, Codes = s.Barcodes.Select(b => b.Code).ToList() }).FirstOrDefaultAsync();
        if (barcodeOwner is not null)
            return new Error("Sku.BarcodeTaken", barcodeOwner.Codes.Intersect(barcodes).First(), barcodeOwner.MerchantCode);

        Sku sku;
        if (input.SkuId is { } id)
        {
            if (await db.Set<Sku>().Include(s => s.Goods).SingleOrDefaultAsync(s => s.Id == id) is not { } found)
                return Errors.NotFound("Sku " + id);
            sku = found;
            if (sku.Version != input.Version) return Errors.ConcurrencyConflict(await LastEditorAsync(db, id));
            if (sku.Update(details) is { Succeeded: false } updateError) return updateError.Error!;
            sku.Goods.Describe(input.GoodsName, input.Category, input.Brand, input.Unit);
        }
        else
        {
            var goods = await db.Set<Goods>().FirstOrDefaultAsync(g => g.Name == input.GoodsName.Trim());
            if (goods is null)
            {
                goods = new Goods(input.GoodsName, input.Category, input.Brand, input.Unit);
                db.Add(goods);
            }
            var added = goods.AddSku(details);
            if (!added.Succeeded) return added.Error!;
            sku = added.Value!;
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Errors.ConcurrencyConflict(await LastEditorAsync(db, sku.Id));
        }
        return sku.Id;
    }

    private static Task<string?> LastEditorAsync(ErpDbContext db, long skuId) =>
        db.AuditEntries.Where(a => a.EntityType == nameof(Sku) && a.EntityKey == skuId.ToString())
            .OrderByDescending(a => a.Id).Select(a => a.UserName).FirstOrDefaultAsync();
}
