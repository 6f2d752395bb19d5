using BlazorErp.Core.Common;

namespace BlazorErp.Core.Finance;

/// <summary>
/// What an outside party says we are owed or owe: a platform's escrow settlement (担保交易对帐, per shop), a courier's monthly
/// postage bill (邮资月结) or a courier's cash-on-delivery remittance (快递代收, per courier).
/// </summary>
public enum StatementKind { Escrow, Postage, Cod }

public enum StatementStatus { Imported, Confirmed, Discarded }

/// <summary>How a statement line compares with our books: agrees, differs in amount, or names a trade/parcel we do not have.</summary>
public enum StatementOutcome { Matched, Differs, Unknown }

/// <summary>
/// An imported statement: its lines are stored at import (nothing is posted), compared with the books, and posted once when
/// finance confirms it. A line already imported before — same party, same trade or tracking number, same content — is never
/// imported again, so importing the same file twice changes nothing.
/// </summary>
public sealed class Statement : Entity
{
    public StatementKind Kind { get; private set; }
    public PartyKind PartyKind { get; private set; }
    public long PartyId { get; private set; }
    public string FileName { get; private set; } = "";
    /// <summary>The bill's month (邮资月结): our parcels of these China dates should all be on it.</summary>
    public DateOnly? PeriodFrom { get; private set; }
    public DateOnly? PeriodTo { get; private set; }
    public int LineCount { get; private set; }
    public decimal TotalAmount { get; private set; }
    public DateTime ImportedAtUtc { get; private set; }
    public string ImportedBy { get; private set; } = "";
    public StatementStatus Status { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }
    public string? ClosedBy { get; private set; }
    /// <summary>Where the money went (escrow, COD); none for a postage bill.</summary>
    public long? MoneyAccountId { get; private set; }
    public long? JournalEntryId { get; private set; }

    private Statement() { }

    public Statement(StatementKind kind, Party party, string fileName, DateOnly? periodFrom, DateOnly? periodTo, int lineCount, decimal totalAmount,
        DateTime atUtc, string by)
    {
        (Kind, PartyKind, PartyId, FileName, PeriodFrom, PeriodTo) = (kind, party.Kind, party.Id, Path.GetFileName(fileName), periodFrom, periodTo);
        (LineCount, TotalAmount, ImportedAtUtc, ImportedBy, Status) = (lineCount, totalAmount, atUtc, by, StatementStatus.Imported);
        if (FileName.Length > 200) FileName = FileName[^200..];
    }

    public Party Party => new(PartyKind, PartyId);

    /// <summary>Confirmed once: a second confirmation (another clerk a moment later) is refused, so the money is booked once.</summary>
    public Result Confirm(long? moneyAccountId, DateTime atUtc, string by)
    {
        if (Status != StatementStatus.Imported) return new Error("Statement.NotOpen", "StatementStatus." + Status);
        (Status, MoneyAccountId, ClosedAtUtc, ClosedBy) = (StatementStatus.Confirmed, moneyAccountId, atUtc, by);
        return Result.Ok();
    }

    public void Posted(long journalEntryId) => JournalEntryId = journalEntryId;

    /// <summary>作废: an unconfirmed import (say, for the wrong shop) is set aside; its lines may be imported again.</summary>
    public Result Discard(DateTime atUtc, string by)
    {
        if (Status != StatementStatus.Imported) return new Error("Statement.NotOpen", "StatementStatus." + Status);
        (Status, ClosedAtUtc, ClosedBy) = (StatementStatus.Discarded, atUtc, by);
        return Result.Ok();
    }
}

/// <summary>
/// One row of an imported statement as read (trade number or tracking number as <see cref="Key"/>; China times as written),
/// with how it compared with the books when imported and, for good, when confirmed.
/// </summary>
public sealed class StatementLine
{
    public const int KeyMaxLength = 64;

    public long Id { get; private set; }
    public long StatementId { get; private set; }
    public StatementKind Kind { get; private set; }
    public long PartyId { get; private set; }
    public int Row { get; private set; }
    public string Key { get; private set; } = "";
    /// <summary>A hash of the row's content: with kind, party and key, what makes a line "already imported".</summary>
    public string Fingerprint { get; private set; } = "";
    public decimal Amount { get; private set; }
    public decimal Fee { get; private set; }
    public decimal? WeightKg { get; private set; }
    public DateTime? OrderedAtChina { get; private set; }
    public DateTime? SettledAtChina { get; private set; }
    /// <summary>Set when its statement is discarded: the line no longer counts as imported.</summary>
    public bool Discarded { get; private set; }
    public StatementOutcome Outcome { get; private set; }
    /// <summary>What our books expected (open receivable, booked freight); null for an unknown key.</summary>
    public decimal? Expected { get; private set; }
    public decimal? OurWeightKg { get; private set; }
    /// <summary>Why, as a resource key with one argument (e.g. Statement.TidNotShipped + the order's status).</summary>
    public string? Note { get; private set; }
    public string? NoteArg { get; private set; }

    private StatementLine() { }

    public StatementLine(long statementId, StatementKind kind, long partyId, StatementRow row)
    {
        (StatementId, Kind, PartyId, Row, Key, Fingerprint) = (statementId, kind, partyId, row.Row, row.Key, row.Fingerprint);
        (Amount, Fee, WeightKg, OrderedAtChina, SettledAtChina) = (row.Amount, row.Fee, row.WeightKg, row.OrderedAtChina, row.SettledAtChina);
    }

    public StatementRow AsRow() => new(Row, Key, Amount, Fee, WeightKg, OrderedAtChina, SettledAtChina);

    /// <summary>Records the comparison; true when it changed (so a confirmation writes only what moved since the import).</summary>
    public bool Record(LineMatch match)
    {
        var changed = Outcome != match.Outcome || Expected != match.Expected || OurWeightKg != match.OurWeightKg
            || Note != match.Note || NoteArg != match.NoteArg;
        (Outcome, Expected, OurWeightKg, Note, NoteArg) = (match.Outcome, match.Expected, match.OurWeightKg, match.Note, match.NoteArg);
        return changed;
    }

    public void Discard() => Discarded = true;
}
