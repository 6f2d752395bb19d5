using BlazorErp.Core.Common;
using BlazorErp.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Review.Features;

public sealed record ShopReviewInput(long ShopId, bool AutoApprove, decimal? MaxPostFee, decimal? MaxDiscountRate);

public sealed record ReviewSettingsView(IReadOnlyList<string> RemoteProvinceCodes, IReadOnlyList<ShopReviewInput> Shops, IReadOnlyList<AssignmentRule> Rules);

/// <summary>审单设置: remote-area provinces, per-shop strategy and price limits; the page also lists the rules.</summary>
public sealed class SaveReviewSettings(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<ReviewSettingsView> GetAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        var settings = await db.Set<ReviewSettings>().AsNoTracking().OrderBy(x => x.Id).FirstOrDefaultAsync();
        var shops = await db.Set<ShopReviewSettings>().AsNoTracking()
            .Select(s => new ShopReviewInput(s.ShopId, s.AutoApprove, s.MaxPostFee, s.MaxDiscountRate)).ToListAsync();
        var rules = await db.Set<AssignmentRule>().AsNoTracking().OrderBy(r => r.Priority).ThenBy(r => r.Id).ToListAsync();
        return new ReviewSettingsView(settings?.RemoteProvinceCodes ?? [.. ReviewSettings.DefaultRemoteProvinces], shops, rules);
    }

    public async Task<Result> SetRemoteProvincesAsync(IReadOnlyList<string> provinceCodes)
    {
        if (provinceCodes.FirstOrDefault(c => RegionDirectory.China.Find(c) is not { Level: RegionLevel.Province }) is { } unknown)
            return new Error("Region.Unknown", unknown);
        await using var db = await contexts.CreateDbContextAsync();
        var settings = await db.Set<ReviewSettings>().OrderBy(x => x.Id).FirstOrDefaultAsync();
        if (settings is null) db.Add(settings = new ReviewSettings());
        settings.SetRemoteProvinces(provinceCodes);
        await db.SaveChangesAsync();
        await SaveAssignmentRule.RecheckQueueAsync(db);
        return Result.Ok();
    }

    public async Task<Result> SetShopAsync(ShopReviewInput input)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var settings = await db.Set<ShopReviewSettings>().SingleOrDefaultAsync(s => s.ShopId == input.ShopId);
        if (settings is null) db.Add(settings = new ShopReviewSettings(input.ShopId));
        var updated = settings.Update(input.AutoApprove, input.MaxPostFee, input.MaxDiscountRate);
        if (!updated.Succeeded) return updated;
        await db.SaveChangesAsync();
        await SaveAssignmentRule.RecheckQueueAsync(db);
        return Result.Ok();
    }
}
