using System.Text.RegularExpressions;
using BlazorErp.Core.Common;
using BlazorErp.Core.Localization;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Regions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BlazorErp.Core.Orders.Features;

/// <summary>A line by merchant code or barcode; without a price, the SKU's retail price.</summary>
public sealed record ManualOrderLine(string Code, int Quantity, decimal? Price = null);

/// <summary>手工建单 and <c>POST /api/v1/orders</c>: the receiver's region by names as written (广东 / 深圳 / 南山区).</summary>
public sealed record ManualOrderInput
{
    public long ShopId { get; set; }
    public string BuyerNick { get; set; } = "";
    public string ReceiverName { get; set; } = "";
    public string ReceiverMobile { get; set; } = "";
    public string Province { get; set; } = "";
    public string City { get; set; } = "";
    public string District { get; set; } = "";
    public string Address { get; set; } = "";
    public decimal PostFee { get; set; }
    public string? BuyerMessage { get; set; }
    public string? ServiceRemark { get; set; }
    public List<ManualOrderLine> Lines { get; set; } = [];
}

public sealed partial class ManualOrderValidator : AbstractValidator<ManualOrderInput>
{
    public ManualOrderValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.ShopId).GreaterThan(0).WithMessage(l["Orders.ShopRequired"]);
        RuleFor(x => x.BuyerNick).NotEmpty().MaximumLength(64).WithName(l["Customers.Nick"]);
        RuleFor(x => x.ReceiverName).NotEmpty().MaximumLength(64).WithName(l["Orders.Receiver"]);
        RuleFor(x => x.ReceiverMobile).NotEmpty().Must(m => Phone().IsMatch(m.Trim())).WithMessage(l["Orders.MobileInvalid"]);
        RuleFor(x => x.Province).NotEmpty().WithName(l["Region.Province"]);
        RuleFor(x => x.Address).NotEmpty().MaximumLength(200).WithName(l["Shops.SenderStreet"]);
        RuleFor(x => x.PostFee).GreaterThanOrEqualTo(0).WithMessage(l["Sku.NegativePrice"]);
        RuleFor(x => x.Lines).NotEmpty().WithMessage(l["Orders.LinesRequired"]);
        RuleForEach(x => x.Lines).Must(line => line.Quantity > 0).WithMessage(l["StockDocument.QuantityInvalid"])
            .Must(line => line.Price is null or >= 0).WithMessage(l["Sku.NegativePrice"]);
    }

    // A mainland mobile (1xxxxxxxxxx) or a landline with area code (027-85551234).
    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")]
    private static partial Regex Phone();
}

/// <summary>Creates a manual order: validated like the page's form, lines resolved by merchant code or barcode.</summary>
public sealed class CreateManualOrder(IDbContextFactory<ErpDbContext> contexts, ManualOrderValidator validator, TimeProvider clock)
{
    public async Task<Result<long>> HandleAsync(ManualOrderInput input)
    {
        var validation = await validator.ValidateAsync(input);
        if (!validation.IsValid) return new Error("Validation.Failed", validation.Errors[0].ErrorMessage);
        var region = RegionDirectory.China.Resolve(input.Province, Blank(input.City), Blank(input.District));
        if (!region.Succeeded) return region.Error!;

        await using var db = await contexts.CreateDbContextAsync();
        if (!await db.Set<Shop>().AnyAsync(s => s.Id == input.ShopId)) return Errors.NotFound("Shop " + input.ShopId);
        var lines = new List<OrderLine>();
        var number = 0;
        foreach (var line in input.Lines)
        {
            var code = line.Code.Trim();
            var key = MerchantCode.Key(code);
            var sku = await db.Set<Sku>().AsNoTracking().Where(s => s.Active && (s.MerchantCodeKey == key || s.Barcodes.Any(b => b.Code == code)))
                .Select(s => new { s.Id, s.MerchantCode, s.RetailPrice, Title = s.Goods.Name, s.SpecName }).FirstOrDefaultAsync();
            if (sku is null) return new Error("Sku.UnknownCode", code);
            var price = line.Price ?? sku.RetailPrice;
            lines.Add(new OrderLine(0, ++number, sku.MerchantCode, sku.Title, sku.SpecName, line.Quantity, price, price * line.Quantity, sku.Id, IsGift: false));
        }
        var path = region.Value!;
        var receiver = new Receiver(input.ReceiverName.Trim(), input.ReceiverMobile.Trim(), path.Province.Name, path.City?.Name ?? "",
            path.District?.Name ?? "", input.Address.Trim(), null, path.Province.Code, path.City?.Code, path.District?.Code);
        var order = Order.Manual(input.ShopId, input.BuyerNick, receiver, lines, input.PostFee, input.BuyerMessage, input.ServiceRemark,
            clock.GetUtcNow().UtcDateTime);
        db.Add(order);
        await db.SaveChangesAsync();
        return order.Id;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
