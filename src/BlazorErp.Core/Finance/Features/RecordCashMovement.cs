using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Finance.Features;

/// <summary>收款 (money in) or 付款 (money out).</summary>
public enum CashDirection { Receipt, Payment }

public sealed record CashMovementInput
{
    public CashDirection Direction { get; set; }
    public long MoneyAccountId { get; set; }
    /// <summary>The other side: a receivable or payable of a party, or an income or expense account.</summary>
    public LedgerAccount Account { get; set; } = LedgerAccount.CustomerReceivable;
    public long? PartyId { get; set; }
    public decimal Amount { get; set; }
    public DateOnly? Date { get; set; }
    /// <summary>The trade or tracking number the money is for, if it is for one (then that item is cleared, not the oldest).</summary>
    public string? Reference { get; set; }
    public string Memo { get; set; } = "";
}

/// <summary>
/// 收款/付款: money received into or paid out of a cash or bank account against a party's receivable or payable (a
/// distributor paying, the courier's freight paid, a supplier paid) or as other income or an operating expense.
/// </summary>
public sealed class RecordCashMovement(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result<long>> HandleAsync(CashMovementInput input)
    {
        if (input.Amount <= 0) return new Error("Cash.AmountNotPositive");
        if (decimal.Round(input.Amount, 2) != input.Amount) return new Error("Journal.NotInCents", input.Amount);
        var allowed = input.Direction == CashDirection.Receipt ? Accounts.ReceiptAccounts : Accounts.PaymentAccounts;
        if (!allowed.Contains(input.Account)) return new Error("Cash.AccountNotAllowed", "LedgerAccount." + input.Account);
        var kind = Accounts.PartyKindOf(input.Account);
        var party = kind == PartyKind.None ? Party.None : new Party(kind, input.PartyId ?? 0);
        if (kind != PartyKind.None && input.PartyId is null or 0) return new Error("Cash.PartyRequired", "PartyKind." + kind);
        var reference = string.IsNullOrWhiteSpace(input.Reference) ? null : input.Reference.Trim();
        if (reference is not null && kind == PartyKind.None) reference = null; // a reference names an item of a party's account
        if (string.IsNullOrWhiteSpace(input.Memo)) return new Error("Import.Required", "摘要");

        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await db.Set<MoneyAccount>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == input.MoneyAccountId) is not { } money)
            return Errors.NotFound("MoneyAccount " + input.MoneyAccountId);
        if (!money.Enabled) return new Error("MoneyAccount.Disabled", money.Name);
        if (!await PartyNames.ExistsAsync(db, party)) return Errors.NotFound("PartyKind." + party.Kind + " " + party.Id);

        var now = clock.GetUtcNow().UtcDateTime;
        var cash = Party.Money(money.Id);
        JournalLine[] lines = input.Direction == CashDirection.Receipt
            ? [JournalLine.Dr(LedgerAccount.CashBank, input.Amount, cash), JournalLine.Cr(input.Account, input.Amount, party, reference)]
            : [JournalLine.Dr(input.Account, input.Amount, party, reference), JournalLine.Cr(LedgerAccount.CashBank, input.Amount, cash)];
        var entry = JournalEntry.Create(input.Date ?? Books.ChinaDate(now), JournalSource.Manual, null, input.Memo, currentUser.Name, now, lines);
        if (!entry.Succeeded) return entry.Error!;
        await Journal.PostAsync(db, entry.Value!);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return entry.Value!.Id;
    }
}
