using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Finance.Features;

public sealed record MoneyAccountRow(long Id, long Version, string Name, MoneyAccountKind Kind, string? BankName, string? AccountNo, bool Enabled,
    string? Note, decimal Balance);

/// <summary>现金银行: every cash, bank and platform account with its balance in the books.</summary>
public sealed class ListMoneyAccounts(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<IReadOnlyList<MoneyAccountRow>> HandleAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        var accounts = await db.Set<MoneyAccount>().AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        var balances = (await Books.BalancesAsync(db, LedgerAccount.CashBank)).ToDictionary(b => b.Party.Id, b => b.Balance);
        return accounts.Select(a => new MoneyAccountRow(a.Id, a.Version, a.Name, a.Kind, a.BankName, a.AccountNo, a.Enabled, a.Note,
            balances.GetValueOrDefault(a.Id))).ToList();
    }
}
