using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Finance.Features;

public sealed record ReceivableRow(LedgerAccount Account, Party Party, string Name, decimal Balance, Ageing Ageing)
{
    public bool IsPayable => Accounts.IsPayable(Account);
}

/// <summary>
/// 应收应付: what every shop's platform, courier, supplier and customer owes us or is owed, with its ageing (0–30, 31–60,
/// 61–90, over 90 days, by the date each trade or parcel was booked).
/// </summary>
public sealed class ListReceivables(IDbContextFactory<ErpDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<ReceivableRow>> HandleAsync(LedgerAccount? account = null, bool includeSettled = false)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var today = Books.ChinaDate(clock.GetUtcNow().UtcDateTime);
        var accounts = account is { } one ? [one] : Accounts.PartyAccounts;
        var rows = new List<(LedgerAccount Account, Party Party, decimal Balance, Ageing Ageing)>();
        foreach (var each in accounts)
        {
            var sign = Accounts.NormalSign(each);
            // One row per party and item (trade/tracking number; money on account without one is a single item per party).
            var items = await Books.Lines(db).Where(l => l.Account == each)
                .GroupBy(l => new { l.PartyKind, l.PartyId, l.Reference })
                .Select(g => new { g.Key.PartyKind, g.Key.PartyId, g.Key.Reference, Debit = g.Sum(l => l.Debit), Credit = g.Sum(l => l.Credit), Since = g.Min(l => l.Date) })
                .ToListAsync();
            foreach (var party in items.GroupBy(i => new Party(i.PartyKind, i.PartyId)))
            {
                var open = party.Select(i => new OpenItem(i.Reference ?? "", sign * (i.Debit - i.Credit), i.Since)).ToList();
                var balance = open.Sum(i => i.Open);
                if (balance == 0 && !includeSettled) continue;
                rows.Add((each, party.Key, balance, Ageing.Of(open, today)));
            }
        }
        var names = await PartyNames.OfAsync(db, rows.Select(r => r.Party));
        return rows.Select(r => new ReceivableRow(r.Account, r.Party, names.GetValueOrDefault(r.Party) ?? "#" + r.Party.Id, r.Balance, r.Ageing))
            .OrderBy(r => r.Account).ThenByDescending(r => r.Balance).ToList();
    }
}
