using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Platforms.Top;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Platforms.Features;

public sealed record DownloadProgress(long ShopId, DateTime FromChina, DateTime ToChina, int Page, int Pages, int New, int Updated, int Unchanged);

public sealed record DownloadSummary(int Windows, int New, int Updated, int Unchanged);

/// <summary>
/// 抓单 for one shop: from its cursor up to a minute ago, in windows of at most 30 minutes. Each window is
/// counted, then read from the last page to the first (as TOP advises: a trade modified meanwhile leaves the
/// window and shifts later rows forward, which backwards paging turns into a harmless repeat instead of a
/// miss). The window's trades, the cursor and the run record are stored in one transaction, so a crash
/// anywhere re-downloads the window and the newer-only upsert makes that exact-once.
/// </summary>
public sealed class DownloadTrades(IDbContextFactory<ErpDbContext> contexts, ITradeSource source, ISecretProtector protector, TimeProvider clock,
    DownloadSettings settings)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan FirstLookback = TimeSpan.FromDays(1);
    public const int PageSize = 100;

    public async Task<Result<DownloadSummary>> HandleAsync(long shopId, IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<Shop>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == shopId, cancellationToken) is not { } shop)
            return Errors.NotFound("Shop " + shopId);
        if (!shop.HasCredentials) return new Error("Download.NoCredentials", shop.Name);
        var credentials = TopCredentials.Of(shop, protector);

        var nowChina = clock.GetUtcNow().UtcDateTime.AddHours(8);
        var cursor = await db.Set<ShopDownloadCursor>().SingleOrDefaultAsync(c => c.ShopId == shopId, cancellationToken);
        if (cursor is null)
        {
            cursor = new ShopDownloadCursor(shopId, Seconds(nowChina - FirstLookback));
            db.Add(cursor);
            await db.SaveChangesAsync(cancellationToken);
        }

        var until = Seconds(nowChina - settings.Lag);
        var summary = new DownloadSummary(0, 0, 0, 0);
        while (cursor.DownloadedUntilChina < until)
        {
            var from = cursor.DownloadedUntilChina;
            var to = from + Window < until ? from + Window : until;
            var run = new DownloadRun(shopId, from, to, clock.GetUtcNow().UtcDateTime);
            try
            {
                var found = await ReadWindowAsync(credentials, shopId, from, to, progress, cancellationToken);
                var (created, updated, unchanged) = await StoreAsync(db, shopId, found.Trades, cursor, to, run, found.Pages, cancellationToken);
                summary = new DownloadSummary(summary.Windows + 1, summary.New + created, summary.Updated + updated, summary.Unchanged + unchanged);
                progress?.Report(new DownloadProgress(shopId, from, to, found.Pages, found.Pages, created, updated, unchanged));
            }
            catch (Exception e) when (e is TopApiException or HttpRequestException or TimeoutException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                db.ChangeTracker.Clear();
                run.Fail(e.Message, clock.GetUtcNow().UtcDateTime);
                db.Add(run);
                await db.SaveChangesAsync(CancellationToken.None);
                return new Error("Download.Failed", shop.Name, e is TopApiException top ? top.PlatformMessage : e.Message);
            }
        }
        return summary;
    }

    private async Task<(Dictionary<long, DownloadedTrade> Trades, int Pages)> ReadWindowAsync(TopCredentials credentials, long shopId,
        DateTime from, DateTime to, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        var total = await source.CountAsync(credentials, from, to, cancellationToken);
        var pages = (total + PageSize - 1) / PageSize;
        var found = new Dictionary<long, DownloadedTrade>();
        for (var page = pages; page >= 1; page--)
        {
            foreach (var trade in await source.PageAsync(credentials, from, to, page, PageSize, cancellationToken))
                if (!found.TryGetValue(trade.Tid, out var seen) || trade.ModifiedChina > seen.ModifiedChina)
                    found[trade.Tid] = trade;
            progress?.Report(new DownloadProgress(shopId, from, to, pages - page + 1, pages, 0, 0, 0));
        }
        return (found, pages);
    }

    private async Task<(int New, int Updated, int Unchanged)> StoreAsync(ErpDbContext db, long shopId, Dictionary<long, DownloadedTrade> found,
        ShopDownloadCursor cursor, DateTime to, DownloadRun run, int pages, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        int created = 0, updated = 0, unchanged = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var chunk in found.Keys.Chunk(500))
        {
            var existing = await db.Set<RawTrade>().Where(t => t.ShopId == shopId && chunk.Contains(t.Tid)).ToDictionaryAsync(t => t.Tid, cancellationToken);
            foreach (var tid in chunk)
            {
                var trade = found[tid];
                if (!existing.TryGetValue(tid, out var raw))
                {
                    db.Add(new RawTrade(shopId, tid, trade.Status, trade.ModifiedChina, trade.Json, now));
                    created++;
                }
                else if (raw.Refresh(trade.Status, trade.ModifiedChina, trade.Json, now)) updated++;
                else unchanged++;
            }
        }
        cursor.Advance(to);
        run.Succeed(pages, created, updated, unchanged, now);
        db.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        db.Attach(cursor);
        return (created, updated, unchanged);
    }

    private static DateTime Seconds(DateTime time) => new(time.Ticks - time.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Unspecified);
}
