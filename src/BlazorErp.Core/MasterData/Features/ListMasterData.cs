using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.MasterData.Features;

/// <summary>The small master-data lists (shops, warehouses, couriers, suppliers, customers) for settings pages and pickers.</summary>
public sealed class ListMasterData(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<IReadOnlyList<Shop>> ShopsAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Set<Shop>().AsNoTracking().OrderBy(s => s.Id).ToListAsync();
    }

    public async Task<IReadOnlyList<Warehouse>> WarehousesAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Set<Warehouse>().AsNoTracking().OrderBy(w => w.Id).ToListAsync();
    }

    public async Task<IReadOnlyList<Courier>> CouriersAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Set<Courier>().AsNoTracking().OrderBy(c => c.Id).ToListAsync();
    }

    public async Task<IReadOnlyList<Supplier>> SuppliersAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Set<Supplier>().AsNoTracking().OrderBy(s => s.Code).ToListAsync();
    }

    public async Task<(IReadOnlyList<Customer> Rows, int Total)> CustomersAsync(string? search, int page, int pageSize)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var customers = db.Set<Customer>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
            customers = customers.Where(c => c.BuyerNick.Contains(search.Trim()) || (c.Name != null && c.Name.Contains(search.Trim())));
        var total = await customers.CountAsync();
        var rows = await customers.OrderBy(c => c.Id).Skip(Math.Max(page, 0) * pageSize).Take(Math.Clamp(pageSize, 1, 200)).ToListAsync();
        return (rows, total);
    }
}
