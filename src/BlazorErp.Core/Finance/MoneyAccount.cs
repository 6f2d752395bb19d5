using BlazorErp.Core.Common;

namespace BlazorErp.Core.Finance;

/// <summary>现金 (cash), 银行 (a bank account) or 平台 (a platform wallet such as the shop's Alipay, where escrow settles).</summary>
public enum MoneyAccountKind { Cash, Bank, Platform }

/// <summary>现金银行: a place money is kept. Its balance is the 现金银行 balance of its party in the books, never typed in.</summary>
public sealed class MoneyAccount : Entity
{
    public const int NameMaxLength = 64;

    public string Name { get; private set; } = "";
    public MoneyAccountKind Kind { get; private set; }
    public string? BankName { get; private set; }
    public string? AccountNo { get; private set; }
    public bool Enabled { get; private set; } = true;
    public string? Note { get; private set; }

    private MoneyAccount() { }

    public MoneyAccount(string name, MoneyAccountKind kind) => (Name, Kind) = (name.Trim(), kind);

    public void Update(string name, MoneyAccountKind kind, string? bankName, string? accountNo, bool enabled, string? note)
    {
        (Name, Kind, Enabled) = (name.Trim(), kind, enabled);
        BankName = string.IsNullOrWhiteSpace(bankName) ? null : bankName.Trim();
        AccountNo = string.IsNullOrWhiteSpace(accountNo) ? null : accountNo.Trim();
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}
