using BlazorErp.Core.Common;

namespace BlazorErp.Core.Finance;

/// <summary>
/// One line of an entry: an account (with its party, when the account is kept per party), a debit or a credit, and the
/// document it is about (the platform trade number, the tracking number) so receivables clear item by item.
/// Reversals carry negated amounts (红字冲销).
/// </summary>
public sealed record JournalLine(LedgerAccount Account, PartyKind PartyKind, long PartyId, decimal Debit, decimal Credit, string? Reference = null)
{
    public const int ReferenceMaxLength = 64;

    public static JournalLine Dr(LedgerAccount account, decimal amount, Party? party = null, string? reference = null) =>
        new(account, (party ?? Party.None).Kind, (party ?? Party.None).Id, amount, 0, reference);

    public static JournalLine Cr(LedgerAccount account, decimal amount, Party? party = null, string? reference = null) =>
        new(account, (party ?? Party.None).Kind, (party ?? Party.None).Id, 0, amount, reference);

    public Party Party => new(PartyKind, PartyId);
    /// <summary>Debit − credit: what the line adds to its account read debit-side.</summary>
    public decimal Net => Debit - Credit;
    public JournalLine Negated() => this with { Debit = -Debit, Credit = -Credit };
}

/// <summary>
/// 凭证: a balanced set of lines posted on a date from a source (a shipment, a refund, a confirmed statement, a clerk's
/// receipt or payment). Never edited or deleted: a mistake is undone by a second entry with every amount negated that
/// points at the first. A source posts once (unique source kind + id); an entry is reversed once (unique reversal link).
/// </summary>
public sealed class JournalEntry : Entity
{
    public const int MemoMaxLength = 200;
    private List<JournalLine> _lines = [];

    public DateOnly Date { get; private set; }
    public JournalSource SourceKind { get; private set; }
    public long? SourceId { get; private set; }
    public string Memo { get; private set; } = "";
    public string By { get; private set; } = "";
    public DateTime PostedAtUtc { get; private set; }
    /// <summary>Set on a reversal: the entry it cancels.</summary>
    public long? ReversalOfId { get; private set; }
    public IReadOnlyList<JournalLine> Lines => _lines;

    public decimal TotalDebit => _lines.Sum(l => l.Debit);
    public decimal TotalCredit => _lines.Sum(l => l.Credit);

    private JournalEntry() { }

    /// <summary>
    /// An entry whose lines keep the rules of the books: each line on one side only, in cents, naming the kind of party
    /// its account is kept by; debits equal credits. Lines of zero are left out (a parcel without freight).
    /// </summary>
    public static Result<JournalEntry> Create(DateOnly date, JournalSource source, long? sourceId, string memo, string by, DateTime postedAtUtc,
        IEnumerable<JournalLine> lines)
    {
        var kept = lines.Where(l => l.Debit != 0 || l.Credit != 0).ToList();
        if (Check(kept) is { } error) return error;
        return new JournalEntry
        {
            Date = date, SourceKind = source, SourceId = sourceId, Memo = Trim(memo), By = by, PostedAtUtc = postedAtUtc, _lines = kept,
        };
    }

    /// <summary>The counter-entry: every line negated, pointing at this one.</summary>
    public JournalEntry Reverse(DateOnly date, JournalSource source, long? sourceId, string memo, string by, DateTime postedAtUtc) => new()
    {
        Date = date, SourceKind = source, SourceId = sourceId, Memo = Trim(memo), By = by, PostedAtUtc = postedAtUtc, ReversalOfId = Id,
        _lines = _lines.Select(l => l.Negated()).ToList(),
    };

    public static Error? Check(IReadOnlyList<JournalLine> lines)
    {
        if (lines.Count < 2) return new Error("Journal.TooFewLines");
        foreach (var line in lines)
        {
            if (line.Debit != 0 && line.Credit != 0) return new Error("Journal.LineBothSides", line.Account.ToString());
            if (decimal.Round(line.Debit, 2) != line.Debit || decimal.Round(line.Credit, 2) != line.Credit)
                return new Error("Journal.NotInCents", (line.Debit + line.Credit).ToString("0.####"));
            var kind = Accounts.PartyKindOf(line.Account);
            if (line.PartyKind != kind || (kind == PartyKind.None) != (line.PartyId == 0))
                return new Error("Journal.PartyMismatch", "LedgerAccount." + line.Account);
            if (line.Reference is { Length: > JournalLine.ReferenceMaxLength }) return new Error("Journal.ReferenceTooLong", line.Reference);
        }
        var (debit, credit) = (lines.Sum(l => l.Debit), lines.Sum(l => l.Credit));
        return debit == credit ? null : new Error("Journal.Unbalanced", debit.ToString("0.00"), credit.ToString("0.00"));
    }

    private static string Trim(string memo)
    {
        var text = memo.Trim();
        return text.Length <= MemoMaxLength ? text : text[..MemoMaxLength];
    }
}
