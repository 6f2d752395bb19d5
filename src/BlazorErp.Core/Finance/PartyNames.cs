using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Finance;

/// <summary>Names of the parties in the books (shops, couriers, suppliers, customers, money accounts) for lists and statements.</summary>
public static class PartyNames
{
    public static async Task<Dictionary<Party, string>> OfAsync(ErpDbContext db, IEnumerable<Party> parties)
    {
        var byKind = parties.Where(p => p.Kind != PartyKind.None).Distinct().GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Select(p => p.Id).ToList());
        var names = new Dictionary<Party, string>();
        async Task Load<T>(PartyKind kind, IQueryable<T> set, Func<IQueryable<T>, List<long>, Task<List<(long Id, string Name)>>> query)
        {
            if (!byKind.TryGetValue(kind, out var ids)) return;
            foreach (var (id, name) in await query(set, ids)) names[new Party(kind, id)] = name;
        }
        await Load(PartyKind.Shop, db.Set<Shop>().AsNoTracking(), async (q, ids) =>
            (await q.Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync()).Select(s => (s.Id, s.Name)).ToList());
        await Load(PartyKind.Courier, db.Set<Courier>().AsNoTracking(), async (q, ids) =>
            (await q.Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync()).Select(c => (c.Id, c.Name)).ToList());
        await Load(PartyKind.Supplier, db.Set<Supplier>().AsNoTracking(), async (q, ids) =>
            (await q.Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync()).Select(s => (s.Id, s.Name)).ToList());
        await Load(PartyKind.Customer, db.Set<Customer>().AsNoTracking(), async (q, ids) =>
            (await q.Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Name, c.BuyerNick }).ToListAsync()).Select(c => (c.Id, c.Name ?? c.BuyerNick)).ToList());
        await Load(PartyKind.MoneyAccount, db.Set<MoneyAccount>().AsNoTracking(), async (q, ids) =>
            (await q.Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Name }).ToListAsync()).Select(a => (a.Id, a.Name)).ToList());
        return names;
    }

    public static async Task<bool> ExistsAsync(ErpDbContext db, Party party) => party.Kind switch
    {
        PartyKind.None => party.Id == 0,
        PartyKind.Shop => await db.Set<Shop>().AnyAsync(s => s.Id == party.Id),
        PartyKind.Courier => await db.Set<Courier>().AnyAsync(c => c.Id == party.Id),
        PartyKind.Supplier => await db.Set<Supplier>().AnyAsync(s => s.Id == party.Id),
        PartyKind.Customer => await db.Set<Customer>().AnyAsync(c => c.Id == party.Id),
        _ => await db.Set<MoneyAccount>().AnyAsync(a => a.Id == party.Id),
    };
}
