using System.Globalization;
using BlazorErp.Core.Common;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.Platforms.Top;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Platforms.Features;

public sealed record ShipSyncRow(long Id, string Shop, long Tid, string? SubTids, string CompanyCode, string TrackingNo, ShipSyncStatus Status,
    int Attempts, DateTime NextAttemptAtUtc, string? LastError, DateTime CreatedAtUtc);

/// <summary>Queues one parcel's ship notification. Queuing the same parcel again changes nothing.</summary>
public sealed class EnqueueShipSync(IDbContextFactory<ErpDbContext> contexts, TimeProvider clock)
{
    public async Task<Result<long>> HandleAsync(long shopId, long tid, IReadOnlyCollection<long>? subTids, string companyCode, string trackingNo)
    {
        if (string.IsNullOrWhiteSpace(companyCode) || string.IsNullOrWhiteSpace(trackingNo)) return new Error("ShipSync.ParcelRequired");
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<ShipSyncJob>().SingleOrDefaultAsync(j => j.ShopId == shopId && j.Tid == tid && j.TrackingNo == trackingNo.Trim()) is { } existing)
            return existing.Id;
        var job = new ShipSyncJob(shopId, tid, subTids, companyCode, trackingNo, clock.GetUtcNow().UtcDateTime);
        db.Add(job);
        await db.SaveChangesAsync();
        return job.Id;
    }
}

/// <summary>
/// Sends every due job through taobao.logistics.offline.send. "Already shipped with this number" counts as
/// done (a retry after a lost answer); transient failures are postponed; refusals fail with the platform's text.
/// </summary>
public sealed class RunShipSync(IDbContextFactory<ErpDbContext> contexts, TopClient client, ISecretProtector protector, TimeProvider clock)
{
    public async Task<(int Succeeded, int Postponed, int Failed)> HandleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<ShipSyncJob>().Where(j => j.Status == ShipSyncStatus.Pending && j.NextAttemptAtUtc <= now)
            .OrderBy(j => j.Id).Take(200).ToListAsync(cancellationToken);
        var shops = await db.Set<Shop>().AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
        int succeeded = 0, postponed = 0, failed = 0;
        foreach (var job in due)
        {
            var shop = shops[job.ShopId];
            if (!shop.HasCredentials)
            {
                job.Fail($"店铺「{shop.Name}」未授权", now);
                failed++;
                continue;
            }
            var credentials = TopCredentials.Of(shop, protector);
            try
            {
                await client.CallAsync("taobao.logistics.offline.send", credentials, new Dictionary<string, string?>
                {
                    ["tid"] = job.Tid.ToString(CultureInfo.InvariantCulture), ["out_sid"] = job.TrackingNo, ["company_code"] = job.CompanyCode,
                    ["is_split"] = job.IsSplit ? "1" : null, ["sub_tid"] = job.SubTids,
                }, cancellationToken);
                job.Succeed(clock.GetUtcNow().UtcDateTime);
                succeeded++;
            }
            catch (TopApiException e) when (e.SubCode?.EndsWith(":B04", StringComparison.Ordinal) == true)
            {
                job.Succeed(clock.GetUtcNow().UtcDateTime); // the platform already has this parcel
                succeeded++;
            }
            catch (Exception e) when (e is HttpRequestException or TimeoutException || e is TopApiException { IsTransient: true })
            {
                job.Postpone(e is TopApiException top ? top.PlatformMessage : e.Message, clock.GetUtcNow().UtcDateTime);
                postponed++;
            }
            catch (TopApiException e)
            {
                job.Fail(e.PlatformMessage, clock.GetUtcNow().UtcDateTime);
                failed++;
            }
            await db.SaveChangesAsync(cancellationToken); // each parcel's outcome is kept even if a later one throws
        }
        return (succeeded, postponed, failed);
    }
}

/// <summary>The 发货同步 page: what waits or failed (with the platform's words), and retry / retry all.</summary>
public sealed class ManageShipSync(IDbContextFactory<ErpDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<ShipSyncRow>> HandleAsync(bool includeSucceeded = false)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Set<ShipSyncJob>().AsNoTracking().Where(j => includeSucceeded || j.Status != ShipSyncStatus.Succeeded)
            .OrderByDescending(j => j.Id).Take(500)
            .Join(db.Set<Shop>(), j => j.ShopId, s => s.Id, (j, s) => new ShipSyncRow(j.Id, s.Name, j.Tid, j.SubTids, j.CompanyCode, j.TrackingNo,
                j.Status, j.Attempts, j.NextAttemptAtUtc, j.LastError, j.CreatedAtUtc))
            .ToListAsync();
    }

    public async Task<int> RetryAsync(long? jobId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var jobs = await db.Set<ShipSyncJob>().Where(j => j.Status != ShipSyncStatus.Succeeded && (jobId == null || j.Id == jobId)).ToListAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var job in jobs) job.Retry(now);
        await db.SaveChangesAsync();
        return jobs.Count;
    }
}
