using BlazorErp.Core.Finance;
using FsCheck;
using FsCheck.Xunit;

namespace BlazorErp.Core.Tests.Finance;

/// <summary>The journal's rules as properties over generated postings (FsCheck): what balances posts, reversals undo exactly.</summary>
public class JournalPropertyTests
{
    private static readonly LedgerAccount[] AllAccounts = Enum.GetValues<LedgerAccount>();

    private static Party PartyFor(LedgerAccount account, int pick) => Accounts.PartyKindOf(account) is var kind && kind == PartyKind.None
        ? Party.None : new Party(kind, 1 + Math.Abs(pick % 3));

    /// <summary>An entry from generated numbers: debit lines of the given cents, then credit lines that share the same total.</summary>
    private static List<JournalLine> Balanced(int[] debitCents, int[] creditPicks, int seed)
    {
        var lines = new List<JournalLine>();
        var total = 0m;
        for (var i = 0; i < debitCents.Length; i++)
        {
            var amount = (Math.Abs((long)debitCents[i]) % 10_000_000 + 1) / 100m;
            var account = AllAccounts[Math.Abs((seed + i) % AllAccounts.Length)];
            lines.Add(JournalLine.Dr(account, amount, PartyFor(account, seed + i)));
            total += amount;
        }
        var credits = Math.Max(1, creditPicks.Length);
        var left = total;
        for (var i = 0; i < credits; i++)
        {
            var share = i == credits - 1 ? left : Math.Round(total / credits, 2);
            left -= share;
            var account = AllAccounts[Math.Abs((seed * 7 + (i < creditPicks.Length ? creditPicks[i] : 0)) % AllAccounts.Length)];
            lines.Add(JournalLine.Cr(account, share, PartyFor(account, i)));
        }
        return lines;
    }

    [Property(MaxTest = 300)]
    public bool Balanced_lines_post_and_a_cent_off_is_refused(NonEmptyArray<int> debits, int[] credits, int seed)
    {
        var lines = Balanced(debits.Get, credits, seed);
        var posted = JournalEntry.Create(new DateOnly(2026, 11, 1), JournalSource.Manual, null, "x", "t", DateTime.UtcNow, lines);
        var off = lines.Select((l, i) => i == 0 ? l with { Debit = l.Debit + 0.01m } : l).ToList();
        var refused = JournalEntry.Create(new DateOnly(2026, 11, 1), JournalSource.Manual, null, "x", "t", DateTime.UtcNow, off);
        return posted.Succeeded && posted.Value!.TotalDebit == posted.Value.TotalCredit && refused.Error?.Code == "Journal.Unbalanced";
    }

    /// <summary>
    /// Any sequence of entries and reversals of earlier ones, kept in running balances as <see cref="Journal"/> keeps them:
    /// the running balances always equal the sums of the lines, debits equal credits, and reversing everything returns to zero.
    /// </summary>
    [Property(MaxTest = 200)]
    public bool Any_sequence_of_postings_and_reversals_keeps_balances_equal_to_their_lines(NonEmptyArray<int> seeds, int[] reversalPicks)
    {
        var journal = new List<JournalEntry>();
        var running = new Dictionary<(LedgerAccount, Party), decimal>();
        void Post(JournalEntry entry)
        {
            journal.Add(entry);
            foreach (var line in entry.Lines) running[(line.Account, line.Party)] = running.GetValueOrDefault((line.Account, line.Party)) + line.Net;
        }
        foreach (var (seed, i) in seeds.Get.Select((s, i) => (s, i)))
        {
            var entry = JournalEntry.Create(new DateOnly(2026, 11, 1), JournalSource.Manual, null, "x", "t", DateTime.UtcNow,
                Balanced([seed, seed / 3 + i], [seed % 5, i], seed + i)).Value!;
            Post(entry);
            if (i < reversalPicks.Length && reversalPicks[i] % 3 == 0)
                Post(journal[Math.Abs(reversalPicks[i]) % journal.Count].Reverse(new DateOnly(2026, 11, 2), JournalSource.Manual, null, "r", "t", DateTime.UtcNow));
        }
        var sums = journal.SelectMany(e => e.Lines).GroupBy(l => (l.Account, l.Party)).ToDictionary(g => g.Key, g => g.Sum(l => l.Net));
        var balanced = journal.All(e => JournalEntry.Check(e.Lines) is null) && journal.Sum(e => e.TotalDebit) == journal.Sum(e => e.TotalCredit);
        var agree = sums.All(s => running[s.Key] == s.Value);
        // Reversing every original entry brings every account back to zero.
        var everything = journal.Concat(journal.Where(e => e.ReversalOfId is null).Select(e => e.Reverse(new DateOnly(2026, 12, 1), JournalSource.Manual, null, "", "", DateTime.UtcNow)))
            .Concat(journal.Where(e => e.ReversalOfId is not null).Select(e => e.Reverse(new DateOnly(2026, 12, 1), JournalSource.Manual, null, "", "", DateTime.UtcNow)));
        var zero = everything.SelectMany(e => e.Lines).GroupBy(l => (l.Account, l.Party)).All(g => g.Sum(l => l.Net) == 0);
        return balanced && agree && zero;
    }

    [Property(MaxTest = 300)]
    public bool Ageing_buckets_add_up_to_the_balance(int[] amounts, int[] ages)
    {
        var today = new DateOnly(2026, 11, 30);
        var items = amounts.Select((a, i) => new OpenItem("R" + i, a / 100m, today.AddDays(-Math.Abs(i < ages.Length ? ages[i] % 400 : 0)))).ToList();
        var ageing = Ageing.Of(items, today);
        return ageing.Total == items.Sum(i => i.Open) && ageing.Days31To60 >= 0 && ageing.Days61To90 >= 0 && ageing.Over90 >= 0;
    }

    [Fact]
    public void Ageing_settles_the_oldest_items_first_with_money_received_on_account()
    {
        var today = new DateOnly(2026, 11, 30);
        var ageing = Ageing.Of([new OpenItem("old", 100m, today.AddDays(-95)), new OpenItem("mid", 50m, today.AddDays(-45)),
            new OpenItem("new", 30m, today.AddDays(-3)), new OpenItem("", -120m, today.AddDays(-1))], today);
        Assert.Equal(new Ageing(30m, 30m, 0m, 0m), ageing);
    }

    [Fact]
    public void An_entry_names_the_party_its_accounts_are_kept_by()
    {
        var lines = new[] { JournalLine.Dr(LedgerAccount.ShopEscrowReceivable, 10m, Party.Courier(1), "1"), JournalLine.Cr(LedgerAccount.SalesRevenue, 10m) };
        Assert.Equal("Journal.PartyMismatch", JournalEntry.Check(lines)?.Code);
        Assert.Equal("Journal.PartyMismatch", JournalEntry.Check([JournalLine.Dr(LedgerAccount.CashBank, 1m), JournalLine.Cr(LedgerAccount.OtherIncome, 1m)])?.Code);
        Assert.Equal("Journal.NotInCents", JournalEntry.Check([JournalLine.Dr(LedgerAccount.FreightExpense, 1.001m), JournalLine.Cr(LedgerAccount.OtherIncome, 1.001m)])?.Code);
        Assert.Equal("Journal.TooFewLines", JournalEntry.Create(default, JournalSource.Manual, null, "", "", default, [JournalLine.Dr(LedgerAccount.FreightExpense, 0m), JournalLine.Cr(LedgerAccount.OtherIncome, 0m)]).Error?.Code);
    }
}
