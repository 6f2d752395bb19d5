using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Finance.Features;

public sealed record PartyOption(Party Party, string Name);

/// <summary>The parties finance picks from: shops, couriers, suppliers, and customers who buy on account (distributors, wholesale).</summary>
public sealed class ListFinanceParties(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<IReadOnlyList<PartyOption>> HandleAsync(PartyKind kind)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return kind switch
        {
            PartyKind.Shop => (await db.Set<Shop>().AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.Name }).ToListAsync())
                .Select(s => new PartyOption(Party.Shop(s.Id), s.Name)).ToList(),
            PartyKind.Courier => (await db.Set<Courier>().AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Name }).ToListAsync())
                .Select(c => new PartyOption(Party.Courier(c.Id), c.Name)).ToList(),
            PartyKind.Supplier => (await db.Set<Supplier>().AsNoTracking().OrderBy(s => s.Code).Select(s => new { s.Id, s.Name }).ToListAsync())
                .Select(s => new PartyOption(Party.Supplier(s.Id), s.Name)).ToList(),
            PartyKind.Customer => (await db.Set<Customer>().AsNoTracking().Where(c => c.Category != CustomerCategory.Normal).OrderBy(c => c.Id).Take(500)
                    .Select(c => new { c.Id, c.Name, c.BuyerNick }).ToListAsync())
                .Select(c => new PartyOption(Party.Customer(c.Id), c.Name ?? c.BuyerNick)).ToList(),
            PartyKind.MoneyAccount => (await db.Set<MoneyAccount>().AsNoTracking().Where(a => a.Enabled).OrderBy(a => a.Id).Select(a => new { a.Id, a.Name }).ToListAsync())
                .Select(a => new PartyOption(Party.Money(a.Id), a.Name)).ToList(),
            _ => [],
        };
    }
}
