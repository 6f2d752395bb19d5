using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BlazorErp.Core.Finance;

/// <summary>A statement row as read: the trade or tracking number, the money, and for a postage bill the billed weight.</summary>
public sealed record StatementRow(int Row, string Key, decimal Amount, decimal Fee, decimal? WeightKg, DateTime? OrderedAtChina, DateTime? SettledAtChina)
{
    /// <summary>The row's content (not its position): the same line in a later export of the statement has the same fingerprint.</summary>
    public string Fingerprint
    {
        get
        {
            var text = string.Join("|", Key, Amount.ToString("0.00", CultureInfo.InvariantCulture), Fee.ToString("0.00", CultureInfo.InvariantCulture),
                WeightKg?.ToString("0.###", CultureInfo.InvariantCulture) ?? "", OrderedAtChina?.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) ?? "",
                SettledAtChina?.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) ?? "");
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
        }
    }
}

/// <summary>
/// What the books hold for one trade or parcel of a party: the open amount (receivable still owed; freight payable as booked)
/// and the China date it was first booked (for ageing and "not settled after N days").
/// </summary>
public sealed record OpenItem(string Reference, decimal Open, DateOnly Since);

/// <summary>A statement line compared with the books. <see cref="Expected"/> is null for a key the books do not have.</summary>
public sealed record LineMatch(StatementOutcome Outcome, decimal? Expected, decimal? OurWeightKg = null, string? Note = null, string? NoteArg = null);

/// <summary>
/// The comparisons of 担保交易对帐, 快递代收 and 邮资月结, pure so the benchmark and the tests run exactly what confirming runs:
/// a line is matched by its key (trade number / tracking number) and compared by amount.
/// </summary>
public static class StatementMatching
{
    /// <summary>Escrow settlement or COD remittance: the amount paid against what is still owed for the trade or parcel.</summary>
    public static LineMatch MatchReceipt(StatementRow row, OpenItem? item, string unknownNote)
    {
        if (item is null) return new LineMatch(StatementOutcome.Unknown, null, Note: unknownNote);
        if (row.Amount == item.Open) return new LineMatch(StatementOutcome.Matched, item.Open);
        // Nothing left open: settled by an earlier statement, or the shipment was reversed.
        return new LineMatch(StatementOutcome.Differs, item.Open, Note: item.Open == 0 ? "Statement.NothingOpen" : null);
    }

    /// <summary>Postage bill: the billed fee against the freight booked for the parcel (computed at weighing, as adjusted by earlier bills).</summary>
    public static LineMatch MatchFreight(StatementRow row, OpenItem? booked, decimal? ourWeightKg)
    {
        if (booked is null) return new LineMatch(StatementOutcome.Unknown, null, Note: "Statement.TrackingUnknown");
        return new LineMatch(row.Amount == booked.Open ? StatementOutcome.Matched : StatementOutcome.Differs, booked.Open, ourWeightKg);
    }

    /// <summary>Matches every row against the party's open items by key.</summary>
    public static List<LineMatch> MatchAll(StatementKind kind, IReadOnlyList<StatementRow> rows, IReadOnlyDictionary<string, OpenItem> items,
        IReadOnlyDictionary<string, decimal>? ourWeights = null) =>
        rows.Select(row => kind switch
        {
            StatementKind.Postage => MatchFreight(row, items.GetValueOrDefault(row.Key), ourWeights?.GetValueOrDefault(row.Key)),
            StatementKind.Escrow => MatchReceipt(row, items.GetValueOrDefault(row.Key), "Statement.TidUnknown"),
            _ => MatchReceipt(row, items.GetValueOrDefault(row.Key), "Statement.TrackingUnknown"),
        }).ToList();

    /// <summary>
    /// The other side of the comparison: items still open in our books, booked at least <paramref name="days"/> days before
    /// <paramref name="today"/>, that the statement does not mention (shipped but not settled, COD not remitted).
    /// </summary>
    public static List<OpenItem> OpenNotOnStatement(IEnumerable<OpenItem> items, IReadOnlySet<string> keys, DateOnly today, int days) =>
        items.Where(i => i.Open > 0 && i.Since <= today.AddDays(-days) && !keys.Contains(i.Reference))
            .OrderBy(i => i.Since).ThenBy(i => i.Reference, StringComparer.Ordinal).ToList();
}
