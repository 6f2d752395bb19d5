namespace BlazorErp.Core.Finance;

/// <summary>
/// 科目: the few accounts a merchant's books need. Receivables and payables are kept per party (the sub-ledger);
/// 现金银行 per cash or bank account; income and expense accounts have no party.
/// </summary>
public enum LedgerAccount
{
    CashBank,               // 现金银行 (party: the money account)
    ShopEscrowReceivable,   // 应收-平台担保 (party: the shop whose platform holds the buyer's money)
    CustomerReceivable,     // 应收-客户/分销
    CourierCodReceivable,   // 应收-快递代收 (the courier collected the buyer's money)
    CourierFreightPayable,  // 应付-快递运费
    SupplierPayable,        // 应付-供应商
    SalesRevenue,           // 销售收入
    SalesReturns,           // 销售退回
    FreightExpense,         // 运费
    PlatformFeeExpense,     // 平台服务费
    OperatingExpense,       // 经营费用
    OtherIncome,            // 其他收入
    OpeningEquity,          // 期初余额 (the other side of an opening balance)
}

/// <summary>Who a line is kept against. <see cref="MoneyAccount"/> is the cash or bank account of a 现金银行 line.</summary>
public enum PartyKind { None, MoneyAccount, Shop, Courier, Supplier, Customer }

/// <summary>What a journal entry was posted from; with its id, a source posts at most once.</summary>
public enum JournalSource { Manual, OpeningBalance, Shipment, Refund, EscrowStatement, PostageStatement, CodStatement }

/// <summary>A party in the books: a shop, courier, supplier, customer or money account by id.</summary>
public readonly record struct Party(PartyKind Kind, long Id)
{
    public static readonly Party None = new(PartyKind.None, 0);
    public static Party Shop(long id) => new(PartyKind.Shop, id);
    public static Party Courier(long id) => new(PartyKind.Courier, id);
    public static Party Supplier(long id) => new(PartyKind.Supplier, id);
    public static Party Customer(long id) => new(PartyKind.Customer, id);
    public static Party Money(long id) => new(PartyKind.MoneyAccount, id);
}

public static class Accounts
{
    /// <summary>The kind of party every line of the account names (none for income and expense accounts).</summary>
    public static PartyKind PartyKindOf(LedgerAccount account) => account switch
    {
        LedgerAccount.CashBank => PartyKind.MoneyAccount,
        LedgerAccount.ShopEscrowReceivable => PartyKind.Shop,
        LedgerAccount.CustomerReceivable => PartyKind.Customer,
        LedgerAccount.CourierCodReceivable or LedgerAccount.CourierFreightPayable => PartyKind.Courier,
        LedgerAccount.SupplierPayable => PartyKind.Supplier,
        _ => PartyKind.None,
    };

    public static bool IsReceivable(LedgerAccount account) =>
        account is LedgerAccount.ShopEscrowReceivable or LedgerAccount.CustomerReceivable or LedgerAccount.CourierCodReceivable;

    public static bool IsPayable(LedgerAccount account) => account is LedgerAccount.CourierFreightPayable or LedgerAccount.SupplierPayable;

    /// <summary>The 应收应付 accounts, kept per party and aged.</summary>
    public static readonly IReadOnlyList<LedgerAccount> PartyAccounts =
    [
        LedgerAccount.ShopEscrowReceivable, LedgerAccount.CustomerReceivable, LedgerAccount.CourierCodReceivable,
        LedgerAccount.CourierFreightPayable, LedgerAccount.SupplierPayable,
    ];

    /// <summary>Accounts a clerk may name as the other side of a manual receipt (收款) or payment (付款).</summary>
    public static readonly IReadOnlyList<LedgerAccount> ReceiptAccounts =
        [.. PartyAccounts, LedgerAccount.OtherIncome];

    public static readonly IReadOnlyList<LedgerAccount> PaymentAccounts =
        [.. PartyAccounts, LedgerAccount.OperatingExpense, LedgerAccount.FreightExpense, LedgerAccount.PlatformFeeExpense];

    /// <summary>
    /// +1 when the account's balance is read as debits − credits (what we have or are owed, and what we spent),
    /// −1 when as credits − debits (what we owe, and what we earned).
    /// </summary>
    public static int NormalSign(LedgerAccount account) => account switch
    {
        LedgerAccount.CourierFreightPayable or LedgerAccount.SupplierPayable or LedgerAccount.SalesRevenue
            or LedgerAccount.OtherIncome or LedgerAccount.OpeningEquity => -1,
        _ => 1,
    };
}
