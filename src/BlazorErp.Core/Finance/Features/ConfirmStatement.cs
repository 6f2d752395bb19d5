using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Finance.Features;

public sealed record StatementConfirmResult(long? JournalEntryId, int PostedLines, decimal Amount);

/// <summary>
/// Confirms a statement and posts it, once: 担保交易 — each settled trade's receivable cleared at the settled amount, the
/// service fee to expense, the net into the chosen platform/bank account; 快递代收 — each remitted parcel's receivable cleared,
/// the money into the account; 邮资月结 — each parcel billed above or below the freight we booked adjusts the courier payable
/// and the freight expense. Lines the books do not know are not posted (they stay listed to be followed up). The lines are
/// compared with the books again at this moment and that comparison is kept with the statement. A second confirmation —
/// another clerk at the same moment included — is refused and posts nothing (status check, version token and a unique
/// posting per statement).
/// </summary>
public sealed class ConfirmStatement(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result<StatementConfirmResult>> HandleAsync(long statementId, long? moneyAccountId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await db.Set<Statement>().SingleOrDefaultAsync(s => s.Id == statementId) is not { } statement) return Errors.NotFound("Statement " + statementId);
        if (statement.Status != StatementStatus.Imported) return new Error("Statement.NotOpen", "StatementStatus." + statement.Status);
        MoneyAccount? money = null;
        if (statement.Kind != StatementKind.Postage)
        {
            if (moneyAccountId is not { } moneyId || await db.Set<MoneyAccount>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == moneyId) is not { } found)
                return new Error("Statement.MoneyAccountRequired");
            if (!found.Enabled) return new Error("MoneyAccount.Disabled", found.Name);
            money = found;
        }

        // Read without tracking (a statement may have 100,000 lines): only a line whose comparison moved since the import is written.
        var lines = await db.Set<StatementLine>().AsNoTracking().Where(l => l.StatementId == statementId).OrderBy(l => l.Row).ToListAsync();
        var matches = await StatementBooks.MatchAsync(db, statement.Kind, statement.Party, lines.Select(l => l.AsRow()).ToList());
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].Record(matches[i])) db.Update(lines[i]);
        var now = clock.GetUtcNow().UtcDateTime;
        var confirmed = statement.Confirm(money?.Id, now, currentUser.Name);
        if (!confirmed.Succeeded) return confirmed.Error!;

        var posting = PostingOf(statement, money, lines);
        JournalEntry? entry = null;
        if (posting.Count > 0)
        {
            var source = statement.Kind switch
            {
                StatementKind.Escrow => JournalSource.EscrowStatement,
                StatementKind.Postage => JournalSource.PostageStatement,
                _ => JournalSource.CodStatement,
            };
            var created = JournalEntry.Create(Books.ChinaDate(now), source, statement.Id, statement.FileName, currentUser.Name, now, posting);
            if (!created.Succeeded) return created.Error!;
            entry = created.Value!;
        }
        try
        {
            if (entry is not null) await Journal.PostAsync(db, entry);
            await db.SaveChangesAsync();
            if (entry is not null)
            {
                statement.Posted(entry.Id);
                await db.SaveChangesAsync();
            }
        }
        catch (DbUpdateException)
        {
            return new Error("Statement.NotOpen", "StatementStatus." + StatementStatus.Confirmed); // confirmed by another clerk a moment ago
        }
        await transaction.CommitAsync();
        var postedLines = lines.Count(l => Posts(statement.Kind, l));
        return new StatementConfirmResult(entry?.Id, postedLines, lines.Where(l => Posts(statement.Kind, l)).Sum(l => l.Amount));
    }

    /// <summary>
    /// Postage posts the differences; escrow and COD post what they settle — but a differing line with nothing left open in
    /// the books (settled already, or refunded away) posts nothing: the money would be counted twice.
    /// </summary>
    private static bool Posts(StatementKind kind, StatementLine line) =>
        kind == StatementKind.Postage ? line.Outcome == StatementOutcome.Differs
            : line.Outcome == StatementOutcome.Matched || (line.Outcome == StatementOutcome.Differs && line.Expected > 0);

    private static List<JournalLine> PostingOf(Statement statement, MoneyAccount? money, List<StatementLine> lines)
    {
        var posted = lines.Where(l => Posts(statement.Kind, l)).ToList();
        var party = statement.Party;
        var result = new List<JournalLine>();
        switch (statement.Kind)
        {
            case StatementKind.Escrow:
                result.AddRange(posted.Select(l => JournalLine.Cr(LedgerAccount.ShopEscrowReceivable, l.Amount, party, l.Key)));
                result.Add(JournalLine.Dr(LedgerAccount.PlatformFeeExpense, posted.Sum(l => l.Fee)));
                result.Add(JournalLine.Dr(LedgerAccount.CashBank, posted.Sum(l => l.Amount - l.Fee), Party.Money(money!.Id)));
                break;
            case StatementKind.Cod:
                result.AddRange(posted.Select(l => JournalLine.Cr(LedgerAccount.CourierCodReceivable, l.Amount, party, l.Key)));
                result.Add(JournalLine.Dr(LedgerAccount.CashBank, posted.Sum(l => l.Amount), Party.Money(money!.Id)));
                break;
            case StatementKind.Postage:
                // Billed above what we booked: we owe the courier more and freight cost more; below: the other way round.
                foreach (var line in posted)
                {
                    var difference = line.Amount - line.Expected!.Value;
                    result.Add(difference > 0
                        ? JournalLine.Cr(LedgerAccount.CourierFreightPayable, difference, party, line.Key)
                        : JournalLine.Dr(LedgerAccount.CourierFreightPayable, -difference, party, line.Key));
                }
                var total = posted.Sum(l => l.Amount - l.Expected!.Value);
                result.Add(total >= 0 ? JournalLine.Dr(LedgerAccount.FreightExpense, total) : JournalLine.Cr(LedgerAccount.FreightExpense, -total));
                break;
        }
        // Nothing to post when only zero lines are left (every parcel billed as booked, or nothing known).
        return result.Count(l => l.Debit != 0 || l.Credit != 0) >= 2 ? result : [];
    }
}
