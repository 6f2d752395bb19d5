namespace BlazorErp.Core.Finance;

/// <summary>
/// 科目余额: the running debit and credit totals of one account and party, moved by <see cref="Journal"/> in the same
/// transaction as every entry (conditional atomic updates, never read-modify-write), so balances are read without summing
/// the journal — and always equal that sum.
/// </summary>
public sealed class LedgerBalance
{
    public LedgerAccount Account { get; private set; }
    public PartyKind PartyKind { get; private set; }
    public long PartyId { get; private set; }
    public decimal Debit { get; private set; }
    public decimal Credit { get; private set; }

    /// <summary>Debit − credit; see <see cref="Accounts.NormalSign"/> for how the account reads it.</summary>
    public decimal Net => Debit - Credit;

    private LedgerBalance() { }

    public LedgerBalance(LedgerAccount account, Party party) => (Account, PartyKind, PartyId) = (account, party.Kind, party.Id);
}
