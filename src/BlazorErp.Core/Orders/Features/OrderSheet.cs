namespace BlazorErp.Core.Orders.Features;

/// <summary>
/// The order sheet (订单导入): one row per order line, Chinese headers as staff type them. Rows with the same 外部单号
/// are one order, so its order columns repeat on each of its rows and must agree.
/// </summary>
public static class OrderSheet
{
    public const string ExternalNo = "外部单号";
    public const string Shop = "店铺";
    public const string BuyerNick = "买家昵称";
    public const string Receiver = "收货人";
    public const string Mobile = "手机";
    public const string Province = "省";
    public const string City = "市";
    public const string District = "区";
    public const string Address = "详细地址";
    public const string MerchantCode = "商家编码";
    public const string Quantity = "数量";
    public const string Price = "单价";
    public const string PostFee = "运费";
    public const string BuyerMessage = "买家留言";
    public const string ServiceRemark = "客服备注";

    public static readonly IReadOnlyList<string> Columns =
        [ExternalNo, Shop, BuyerNick, Receiver, Mobile, Province, City, District, Address, MerchantCode, Quantity, Price, PostFee, BuyerMessage, ServiceRemark];

    /// <summary>Columns the file must have; the others may be left out (no 单价: the SKU's retail price).</summary>
    public static readonly IReadOnlyList<string> Required = [ExternalNo, Shop, BuyerNick, Receiver, Mobile, Province, Address, MerchantCode, Quantity];

    /// <summary>The columns that describe the order rather than the line: the same on every row of one 外部单号.</summary>
    public static readonly IReadOnlyList<string> OrderColumns =
        [Shop, BuyerNick, Receiver, Mobile, Province, City, District, Address, PostFee, BuyerMessage, ServiceRemark];

    /// <summary>The sheet column of a <see cref="ManualOrderProblem"/>'s property, so a problem points at the cell to fix.</summary>
    public static string ColumnOf(string property) => property switch
    {
        nameof(ManualOrderInput.ShopId) => Shop,
        nameof(ManualOrderInput.ExternalNo) => ExternalNo,
        nameof(ManualOrderInput.BuyerNick) => BuyerNick,
        nameof(ManualOrderInput.ReceiverName) => Receiver,
        nameof(ManualOrderInput.ReceiverMobile) => Mobile,
        nameof(ManualOrderInput.Province) => Province,
        nameof(ManualOrderInput.City) => City,
        nameof(ManualOrderInput.District) => District,
        nameof(ManualOrderInput.Address) => Address,
        nameof(ManualOrderInput.PostFee) => PostFee,
        nameof(ManualOrderInput.BuyerMessage) => BuyerMessage,
        nameof(ManualOrderInput.ServiceRemark) => ServiceRemark,
        nameof(ManualOrderLine.Quantity) => Quantity,
        nameof(ManualOrderLine.Price) => Price,
        _ => MerchantCode, // the line's code, or the order having no lines
    };
}
