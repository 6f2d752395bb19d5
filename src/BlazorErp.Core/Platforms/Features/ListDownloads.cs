using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Platforms.Features;

public sealed record ShopDownloadRow(long ShopId, string ShopName, Platform Platform, bool Enabled, bool HasCredentials, int IntervalMinutes,
    DateTime? DownloadedUntilChina, int RawTrades, DownloadRunRow? LastRun);

public sealed record DownloadRunRow(long Id, long ShopId, string ShopName, DateTime FromChina, DateTime ToChina, DateTime StartedAtUtc,
    DownloadStatus Status, int Pages, int New, int Updated, int Unchanged, string? Error);

/// <summary>The 抓单 page's data: each shop's download position, and the download history (抓单记录).</summary>
public sealed class ListDownloads(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<IReadOnlyList<ShopDownloadRow>> HandleAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        var shops = await db.Set<Shop>().AsNoTracking().OrderBy(s => s.Id).ToListAsync();
        var cursors = await db.Set<ShopDownloadCursor>().AsNoTracking().ToDictionaryAsync(c => c.ShopId, c => c.DownloadedUntilChina);
        var counts = await db.Set<RawTrade>().GroupBy(t => t.ShopId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var lastRuns = (await RunsAsync(db, null, 500)).GroupBy(r => r.ShopId).ToDictionary(g => g.Key, g => g.First());
        return shops.Select(s => new ShopDownloadRow(s.Id, s.Name, s.Platform, s.Enabled, s.HasCredentials, s.DownloadIntervalMinutes,
            cursors.TryGetValue(s.Id, out var until) ? until : null, counts.GetValueOrDefault(s.Id), lastRuns.GetValueOrDefault(s.Id))).ToList();
    }

    public async Task<IReadOnlyList<DownloadRunRow>> HistoryAsync(long? shopId = null, int take = 100)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await RunsAsync(db, shopId, take);
    }

    private static Task<List<DownloadRunRow>> RunsAsync(ErpDbContext db, long? shopId, int take) =>
        db.Set<DownloadRun>().AsNoTracking().Where(r => shopId == null || r.ShopId == shopId).OrderByDescending(r => r.Id).Take(take)
            .Join(db.Set<Shop>(), r => r.ShopId, s => s.Id, (r, s) => new DownloadRunRow(r.Id, r.ShopId, s.Name, r.FromChina, r.ToChina,
                r.StartedAtUtc, r.Status, r.Pages, r.New, r.Updated, r.Unchanged, r.Error))
            .ToListAsync();
}
