using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace BlazorErp.Core.Finance.Features;

public sealed record PartyStatementLine(DateOnly Date, long EntryId, JournalSource SourceKind, string? Reference, string Memo, decimal Debit,
    decimal Credit, decimal Balance);

public sealed record PartyStatementData(LedgerAccount Account, Party Party, string Name, DateOnly From, DateOnly To, decimal Opening,
    IReadOnlyList<PartyStatementLine> Lines, decimal Closing, Ageing Ageing);

/// <summary>
/// 对账单: one party's account over a period — the opening balance, every line with the running balance, the closing balance
/// and its ageing — on screen or as an XLSX to send to the party. Balances read the account's way (owed to us for a
/// receivable, owed by us for a payable).
/// </summary>
public sealed class PartyStatement(IDbContextFactory<ErpDbContext> contexts, TimeProvider clock)
{
    public const int MaxLines = 100_000;

    public async Task<Result<PartyStatementData>> HandleAsync(LedgerAccount account, Party party, DateOnly from, DateOnly to)
    {
        if (Accounts.PartyKindOf(account) != party.Kind || party.Kind == PartyKind.None) return new Error("Journal.PartyMismatch", "LedgerAccount." + account);
        if (to < from) return new Error("Finance.PeriodInvalid");
        await using var db = await contexts.CreateDbContextAsync();
        var sign = Accounts.NormalSign(account);
        var lines = Books.Lines(db).Where(l => l.Account == account && l.PartyKind == party.Kind && l.PartyId == party.Id);
        var before = await lines.Where(l => l.Date < from).GroupBy(l => 1).Select(g => new { Debit = g.Sum(l => l.Debit), Credit = g.Sum(l => l.Credit) }).SingleOrDefaultAsync();
        var opening = before is null ? 0 : sign * (before.Debit - before.Credit);
        var period = await lines.Where(l => l.Date >= from && l.Date <= to).OrderBy(l => l.Date).ThenBy(l => l.EntryId).Take(MaxLines).ToListAsync();
        var running = opening;
        var rows = period.Select(l =>
        {
            running += sign * (l.Debit - l.Credit);
            return new PartyStatementLine(l.Date, l.EntryId, l.SourceKind, l.Reference, l.Memo, l.Debit, l.Credit, running);
        }).ToList();
        var today = Books.ChinaDate(clock.GetUtcNow().UtcDateTime);
        var items = await lines.Where(l => l.Date <= to).GroupBy(l => l.Reference)
            .Select(g => new { Reference = g.Key, Debit = g.Sum(l => l.Debit), Credit = g.Sum(l => l.Credit), Since = g.Min(l => l.Date) }).ToListAsync();
        var ageing = Ageing.Of(items.Select(i => new OpenItem(i.Reference ?? "", sign * (i.Debit - i.Credit), i.Since)), to < today ? to : today);
        var name = (await PartyNames.OfAsync(db, [party])).GetValueOrDefault(party) ?? "#" + party.Id;
        return new PartyStatementData(account, party, name, from, to, opening, rows, running, ageing);
    }

    /// <summary>The statement as an XLSX: 对账单 (opening, lines, closing) and 账龄 sheets, headed with the texts given by the caller's language.</summary>
    public async Task<Result<byte[]>> ExportAsync(LedgerAccount account, Party party, DateOnly from, DateOnly to, Func<string, string> text)
    {
        var statement = await HandleAsync(account, party, from, to);
        if (!statement.Succeeded) return statement.Error!;
        var s = statement.Value!;
        Dictionary<string, object?> Row(string date, object? entry, string source, string? reference, string memo, decimal? debit, decimal? credit, decimal balance) => new()
        {
            [text("Statement.Col.Date")] = date, [text("Statement.Col.Entry")] = entry, [text("Statement.Col.Source")] = source,
            [text("Statement.Col.Reference")] = reference, [text("Statement.Col.Memo")] = memo, [text("Statement.Col.Debit")] = debit,
            [text("Statement.Col.Credit")] = credit, [text("Statement.Col.Balance")] = balance,
        };
        var lines = new List<Dictionary<string, object?>> { Row(s.From.ToString("yyyy-MM-dd"), null, text("Statement.Opening"), null, "", null, null, s.Opening) };
        lines.AddRange(s.Lines.Select(l => Row(l.Date.ToString("yyyy-MM-dd"), l.EntryId, text("JournalSource." + l.SourceKind), l.Reference, l.Memo, l.Debit, l.Credit, l.Balance)));
        lines.Add(Row(s.To.ToString("yyyy-MM-dd"), null, text("Statement.Closing"), null, "", lines.Skip(1).Sum(l => (decimal?)l[text("Statement.Col.Debit")] ?? 0),
            lines.Skip(1).Sum(l => (decimal?)l[text("Statement.Col.Credit")] ?? 0), s.Closing));
        var ageing = new[]
        {
            new Dictionary<string, object?>
            {
                [text("Receivables.Party")] = s.Name, [text("Receivables.Account")] = text("LedgerAccount." + s.Account),
                [text("Ageing.Days0To30")] = s.Ageing.Days0To30, [text("Ageing.Days31To60")] = s.Ageing.Days31To60, [text("Ageing.Days61To90")] = s.Ageing.Days61To90,
                [text("Ageing.Over90")] = s.Ageing.Over90, [text("Receivables.Balance")] = s.Ageing.Total,
            },
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(new Dictionary<string, object> { [text("Statement.Sheet")] = lines, [text("Ageing.Sheet")] = ageing });
        return stream.ToArray();
    }
}
