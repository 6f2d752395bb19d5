namespace BlazorErp.Core.Finance;

/// <summary>
/// 账龄: an open balance spread by how long ago it was booked (0–30, 31–60, 61–90, over 90 days). The buckets add up to the
/// balance.
/// </summary>
public sealed record Ageing(decimal Days0To30, decimal Days31To60, decimal Days61To90, decimal Over90)
{
    public static readonly Ageing Zero = new(0, 0, 0, 0);

    public decimal Total => Days0To30 + Days31To60 + Days61To90 + Over90;

    /// <summary>
    /// Items still owed are aged by the date first booked; amounts the other way (money received without a reference, an
    /// overpaid trade) settle the oldest items first, as a payment on account does. A credit left over (paid in advance) is
    /// shown in the newest bucket, as a negative amount.
    /// </summary>
    public static Ageing Of(IEnumerable<OpenItem> items, DateOnly today)
    {
        var list = items.ToList();
        var credit = list.Where(i => i.Open < 0).Sum(i => -i.Open);
        var buckets = new decimal[4];
        foreach (var item in list.Where(i => i.Open > 0).OrderBy(i => i.Since))
        {
            var applied = Math.Min(credit, item.Open);
            credit -= applied;
            var left = item.Open - applied;
            if (left == 0) continue;
            var days = today.DayNumber - item.Since.DayNumber;
            buckets[days <= 30 ? 0 : days <= 60 ? 1 : days <= 90 ? 2 : 3] += left;
        }
        buckets[0] -= credit;
        return new Ageing(buckets[0], buckets[1], buckets[2], buckets[3]);
    }
}
