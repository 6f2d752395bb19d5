using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Finance.Features;

public sealed record MoneyAccountInput
{
    public long? Id { get; set; }
    public long Version { get; set; }
    public string Name { get; set; } = "";
    public MoneyAccountKind Kind { get; set; } = MoneyAccountKind.Bank;
    public string? BankName { get; set; }
    public string? AccountNo { get; set; }
    public bool Enabled { get; set; } = true;
    public string? Note { get; set; }
    /// <summary>期初余额: only when the account is created; later money moves through receipts and payments.</summary>
    public decimal OpeningBalance { get; set; }
}

/// <summary>
/// Creates or edits a cash or bank account (现金银行). An opening balance is posted as an entry against 期初余额 in the same
/// transaction, so the balance shown is always the books' balance.
/// </summary>
public sealed class SaveMoneyAccount(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result<long>> HandleAsync(MoneyAccountInput input)
    {
        var name = input.Name.Trim();
        if (name.Length == 0) return new Error("Import.Required", "账户名称");
        if (name.Length > MoneyAccount.NameMaxLength) return new Error("MoneyAccount.NameTooLong", MoneyAccount.NameMaxLength);
        if (decimal.Round(input.OpeningBalance, 2) != input.OpeningBalance) return new Error("Journal.NotInCents", input.OpeningBalance);

        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await db.Set<MoneyAccount>().AnyAsync(a => a.Name == name && a.Id != (input.Id ?? 0))) return new Error("MoneyAccount.NameTaken", name);
        MoneyAccount account;
        if (input.Id is { } id)
        {
            if (await db.Set<MoneyAccount>().SingleOrDefaultAsync(a => a.Id == id) is not { } found) return Errors.NotFound("MoneyAccount " + id);
            if (found.Version != input.Version) return Errors.ConcurrencyConflict(null);
            account = found;
        }
        else
        {
            account = new MoneyAccount(name, input.Kind);
            db.Add(account);
        }
        account.Update(name, input.Kind, input.BankName, input.AccountNo, input.Enabled, input.Note);
        try
        {
            await db.SaveChangesAsync();
            if (input.Id is null && input.OpeningBalance != 0)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var amount = Math.Abs(input.OpeningBalance);
                var (cashSide, equitySide) = input.OpeningBalance > 0
                    ? (JournalLine.Dr(LedgerAccount.CashBank, amount, Party.Money(account.Id)), JournalLine.Cr(LedgerAccount.OpeningEquity, amount))
                    : (JournalLine.Cr(LedgerAccount.CashBank, amount, Party.Money(account.Id)), JournalLine.Dr(LedgerAccount.OpeningEquity, amount));
                var entry = JournalEntry.Create(Books.ChinaDate(now), JournalSource.OpeningBalance, account.Id, account.Name, currentUser.Name, now, [cashSide, equitySide]);
                if (!entry.Succeeded) return entry.Error!;
                await Journal.PostAsync(db, entry.Value!);
                await db.SaveChangesAsync();
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return Errors.ConcurrencyConflict(null);
        }
        await transaction.CommitAsync();
        return account.Id;
    }
}
