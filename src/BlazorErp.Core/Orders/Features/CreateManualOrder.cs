using System.Globalization;
using System.Text.RegularExpressions;
using BlazorErp.Core.Common;
using BlazorErp.Core.Localization;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Regions;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BlazorErp.Core.Orders.Features;

/// <summary>A line by merchant code or barcode; without a price, the SKU's retail price.</summary>
public sealed record ManualOrderLine(string Code, int Quantity, decimal? Price = null);

/// <summary>
/// 手工建单, <c>POST /api/v1/orders</c>, 订单导入 and 复制订单: the receiver's region by names as written (广东 / 深圳 / 南山区).
/// </summary>
public sealed record ManualOrderInput
{
    public long ShopId { get; set; }
    /// <summary>外部单号 (optional): the order's number where it came from; a second order with it in the same shop is refused.</summary>
    public string? ExternalNo { get; set; }
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
    /// <summary>货到付款: the courier collects the payment (快递代收).</summary>
    public bool CashOnDelivery { get; set; }
    public List<ManualOrderLine> Lines { get; set; } = [];
}

public sealed class ManualOrderValidator : AbstractValidator<ManualOrderInput>
{
    public const int RemarkMaxLength = 500;

    public ManualOrderValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.ShopId).GreaterThan(0).WithMessage(l["Orders.ShopRequired"]);
        RuleFor(x => x.ExternalNo).MaximumLength(Order.ExternalNoMaxLength).WithName(l["Orders.ExternalNo"]);
        RuleFor(x => x.BuyerNick).NotEmpty().MaximumLength(64).WithName(l["Customers.Nick"]);
        RuleFor(x => x.ReceiverName).NotEmpty().MaximumLength(64).WithName(l["Orders.Receiver"]);
        RuleFor(x => x.ReceiverMobile).NotEmpty().Must(PhoneNumber.IsValid).WithMessage(l["Orders.MobileInvalid"]);
        RuleFor(x => x.Province).NotEmpty().WithName(l["Region.Province"]);
        RuleFor(x => x.Address).NotEmpty().MaximumLength(200).WithName(l["Shops.SenderStreet"]);
        RuleFor(x => x.PostFee).GreaterThanOrEqualTo(0).WithMessage(l["Sku.NegativePrice"]);
        RuleFor(x => x.BuyerMessage).MaximumLength(RemarkMaxLength).WithName(l["Orders.BuyerMessage"]);
        RuleFor(x => x.ServiceRemark).MaximumLength(RemarkMaxLength).WithName(l["Orders.ServiceRemark"]);
        RuleFor(x => x.Lines).NotEmpty().WithMessage(l["Orders.LinesRequired"]);
        // Per line and per field, so a failure names the line's quantity or price (an import points at that cell).
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(x => x.Quantity).GreaterThan(0).WithMessage(l["StockDocument.QuantityInvalid"]);
            line.RuleFor(x => x.Price).Must(price => price is null or >= 0).WithMessage(l["Sku.NegativePrice"]);
        });
    }
}

/// <summary>
/// Why a manual order cannot be created: the <see cref="ManualOrderInput"/> property it concerns — for a line, the
/// <see cref="ManualOrderLine"/> property and the line's index — and the reason.
/// </summary>
public sealed record ManualOrderProblem(string Property, int? Line, Error Error);

/// <summary>A new order ready to save, or every reason it cannot be created.</summary>
public sealed record ManualOrderBuild(Order? Order, IReadOnlyList<ManualOrderProblem> Problems);

/// <summary>
/// Turns inputs into new manual orders: validated like the page's form, the region resolved, lines by merchant code or
/// barcode, the external number not taken yet. 手工建单, the open API, 订单导入 and 复制订单 all build through here, so
/// they keep one set of rules. Every problem is reported, not just the first: an import lists them all.
/// </summary>
public sealed partial class ManualOrderBuilder(ManualOrderValidator validator, TimeProvider clock)
{
    private sealed record SkuFacts(long Id, string MerchantCode, decimal RetailPrice, string Title, string? SpecName);

    public async Task<ManualOrderBuild> BuildAsync(ErpDbContext db, ManualOrderInput input) => (await BuildAsync(db, [input]))[0];

    /// <summary>One result per input, in order; each SKU code is looked up once for all of them.</summary>
    public async Task<IReadOnlyList<ManualOrderBuild>> BuildAsync(ErpDbContext db, IReadOnlyList<ManualOrderInput> inputs)
    {
        var shops = (await db.Set<Shop>().Select(s => s.Id).ToListAsync()).ToHashSet();
        var taken = await TakenExternalNosAsync(db, inputs);
        var skus = new Dictionary<string, SkuFacts?>();
        var now = clock.GetUtcNow().UtcDateTime;
        var builds = new List<ManualOrderBuild>(inputs.Count);
        foreach (var input in inputs)
        {
            var problems = (await validator.ValidateAsync(input)).Errors.Select(ProblemOf).ToList();
            var region = RegionDirectory.China.Resolve(input.Province, Blank(input.City), Blank(input.District));
            if (!region.Succeeded && !string.IsNullOrWhiteSpace(input.Province)) // a missing province is the validator's to report
                problems.Add(new(RegionProperty(region.Error!, input), null, region.Error!));
            if (input.ShopId > 0 && !shops.Contains(input.ShopId))
                problems.Add(new(nameof(ManualOrderInput.ShopId), null, Errors.NotFound("Shop " + input.ShopId)));
            var externalNo = Blank(input.ExternalNo)?.Trim();
            if (externalNo is not null && taken.TryGetValue((input.ShopId, externalNo), out var existing))
                problems.Add(new(nameof(ManualOrderInput.ExternalNo), null, new Error("Order.ExternalNoTaken", externalNo, existing)));

            var lines = new List<OrderLine>();
            for (var i = 0; i < input.Lines.Count; i++)
            {
                var line = input.Lines[i];
                var code = line.Code.Trim();
                if (!skus.TryGetValue(code, out var sku)) skus[code] = sku = await FindSkuAsync(db, code);
                if (sku is null)
                {
                    problems.Add(new(nameof(ManualOrderLine.Code), i, new Error("Sku.UnknownCode", code)));
                    continue;
                }
                var price = line.Price ?? sku.RetailPrice;
                lines.Add(new OrderLine(0, i + 1, sku.MerchantCode, sku.Title, sku.SpecName, line.Quantity, price, price * line.Quantity, sku.Id, IsGift: false));
            }
            if (problems.Count > 0)
            {
                builds.Add(new(null, problems));
                continue;
            }
            var path = region.Value!;
            var receiver = new Receiver(input.ReceiverName.Trim(), input.ReceiverMobile.Trim(), path.Province.Name, path.City?.Name ?? "",
                path.District?.Name ?? "", input.Address.Trim(), null, path.Province.Code, path.City?.Code, path.District?.Code);
            builds.Add(new(Order.Manual(input.ShopId, input.BuyerNick, receiver, lines, input.PostFee, input.BuyerMessage, input.ServiceRemark, now,
                externalNo, input.CashOnDelivery), []));
        }
        return builds;
    }

    /// <summary>
    /// Saves new orders in one transaction. The external numbers were checked while building; another clerk saving the
    /// same number in between trips the unique index, which is reported, not thrown.
    /// </summary>
    public static async Task<Result> SaveAsync(ErpDbContext db, IReadOnlyList<Order> orders)
    {
        db.AddRange(orders);
        try
        {
            await db.SaveChangesAsync();
            return Result.Ok();
        }
        catch (DbUpdateException) when (orders.Any(o => o.ExternalNo is not null))
        {
            return new Error("Order.ExternalNoConflict");
        }
    }

    private static async Task<Dictionary<(long ShopId, string ExternalNo), long>> TakenExternalNosAsync(ErpDbContext db, IReadOnlyList<ManualOrderInput> inputs)
    {
        var taken = new Dictionary<(long, string), long>();
        var numbers = inputs.Select(i => Blank(i.ExternalNo)?.Trim()).OfType<string>().Distinct();
        foreach (var chunk in numbers.Chunk(500)) // keeps the IN list within SQL Server's parameter limit
        {
            foreach (var order in await db.Set<Order>().Where(o => o.ExternalNo != null && chunk.Contains(o.ExternalNo))
                         .Select(o => new { o.ShopId, o.ExternalNo, o.Id }).ToListAsync())
                taken.TryAdd((order.ShopId, order.ExternalNo!), order.Id);
        }
        return taken;
    }

    private static Task<SkuFacts?> FindSkuAsync(ErpDbContext db, string code)
    {
        var key = MerchantCode.Key(code);
        return db.Set<Sku>().AsNoTracking().Where(s => s.Active && (s.MerchantCodeKey == key || s.Barcodes.Any(b => b.Code == code)))
            .Select(s => new SkuFacts(s.Id, s.MerchantCode, s.RetailPrice, s.Goods.Name, s.SpecName)).FirstOrDefaultAsync();
    }

    private static ManualOrderProblem ProblemOf(ValidationFailure failure)
    {
        var error = new Error("Validation.Failed", failure.ErrorMessage);
        var line = LineProperty().Match(failure.PropertyName);
        return line.Success
            ? new(line.Groups["property"].Value, int.Parse(line.Groups["index"].Value, CultureInfo.InvariantCulture), error)
            : new(failure.PropertyName, null, error);
    }

    /// <summary>Which of province, city and district the directory did not know.</summary>
    private static string RegionProperty(Error error, ManualOrderInput input) => error.Code switch
    {
        "Region.CityRequired" => nameof(ManualOrderInput.City),
        "Region.UnknownIn" when Equals(error.Args[0], input.City) => nameof(ManualOrderInput.City),
        "Region.UnknownIn" => nameof(ManualOrderInput.District),
        _ => nameof(ManualOrderInput.Province),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    [GeneratedRegex(@"^Lines\[(?<index>\d+)\]\.(?<property>\w+)$")]
    private static partial Regex LineProperty();
}

/// <summary>Creates a manual order: validated like the page's form, lines resolved by merchant code or barcode.</summary>
public sealed class CreateManualOrder(IDbContextFactory<ErpDbContext> contexts, ManualOrderBuilder builder)
{
    public async Task<Result<long>> HandleAsync(ManualOrderInput input)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var built = await builder.BuildAsync(db, input);
        if (built.Order is not { } order) return built.Problems[0].Error;
        var saved = await ManualOrderBuilder.SaveAsync(db, [order]);
        return saved.Succeeded ? order.Id : saved.Error!;
    }
}
