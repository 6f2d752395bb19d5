using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.AfterSales.Features;

/// <summary>
/// 快件已经退回到仓库, the first scan: the returning tracking number finds its case, which becomes 已收货待质检 (the return
/// queue shows it at once); a case already waiting for QC just opens. A finished or closed case's parcel is refused,
/// naming who received it; an unknown number is reported so the desk can register a blind return.
/// </summary>
public sealed class ReceiveParcel(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result<long>> HandleAsync(string trackingNo)
    {
        if (AfterSalesCase.NormalizeTracking(trackingNo) is not { } tracking) return new Error("AfterSales.TrackingRequired");
        await using var db = await contexts.CreateDbContextAsync();
        var cases = await db.Set<AfterSalesCase>().Where(c => c.ReturnTrackingNo == tracking).OrderByDescending(c => c.Id).ToListAsync();
        if (cases.Count == 0) return new Error("AfterSales.UnknownParcel", tracking);
        var @case = cases.FirstOrDefault(c => c.IsOpen);
        if (@case is null)
        {
            var done = cases[0];
            return done.Status == CaseStatus.Closed
                ? new Error("AfterSales.CaseClosed", done.No, done.CloseReason ?? "")
                : new Error("AfterSales.ParcelAlreadyReceived", tracking, done.No, done.ReceivedBy ?? "", ChinaTime(done.ReceivedAtUtc));
        }
        if (@case.Status == CaseStatus.AwaitingReturn)
        {
            @case.Receive(currentUser.Name, clock.GetUtcNow().UtcDateTime);
            try { await db.SaveChangesAsync(); }
            catch (DbUpdateConcurrencyException) { } // a second desk scanned the same parcel at the same moment: it is received either way
        }
        return @case.Id;
    }

    private static string ChinaTime(DateTime? utc) => utc?.AddHours(8).ToString("yyyy-MM-dd HH:mm") ?? "";
}
