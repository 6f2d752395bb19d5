using BlazorErp.Core.Common.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorErp.Core.Finance.Data;

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("JournalEntries");
        // The journal is append-only and says who posted what and when; a correction is a reversing entry. Copying each
        // entry (a settlement has tens of thousands of lines) into the audit log would only double it.
        builder.IsAuditLog();
        builder.Property(e => e.SourceKind).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.Memo).HasMaxLength(JournalEntry.MemoMaxLength);
        builder.Property(e => e.By).HasMaxLength(128);
        builder.Ignore(e => e.TotalDebit);
        builder.Ignore(e => e.TotalCredit);
        // A source posts once; an entry is reversed once. (A reversal carries its own source: the reversing shipment or refund.)
        builder.HasIndex(e => new { e.SourceKind, e.SourceId }).IsUnique().HasFilter("SourceId IS NOT NULL AND ReversalOfId IS NULL");
        builder.HasIndex(e => e.ReversalOfId).IsUnique().HasFilter("ReversalOfId IS NOT NULL");
        builder.HasIndex(e => e.Date);
        builder.HasOne<JournalEntry>().WithMany().HasForeignKey(e => e.ReversalOfId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(e => e.Lines, line =>
        {
            line.ToTable("JournalLines");
            line.WithOwner().HasForeignKey("EntryId");
            line.Property<long>("Id");
            line.HasKey("Id");
            line.Property(l => l.Account).HasConversion<string>().HasMaxLength(32);
            line.Property(l => l.PartyKind).HasConversion<string>().HasMaxLength(16);
            line.Property(l => l.Reference).HasMaxLength(JournalLine.ReferenceMaxLength);
            line.Property(l => l.Debit).HasPrecision(14, 2);
            line.Property(l => l.Credit).HasPrecision(14, 2);
            line.Ignore(l => l.Party);
            line.Ignore(l => l.Net);
            // Open items of a party by trade or tracking number: reconciliation and ageing read lines this way.
            line.HasIndex(l => new { l.Account, l.PartyKind, l.PartyId, l.Reference });
        });
        builder.Navigation(e => e.Lines).HasField("_lines");
    }
}

internal sealed class LedgerBalanceConfiguration : IEntityTypeConfiguration<LedgerBalance>
{
    public void Configure(EntityTypeBuilder<LedgerBalance> builder)
    {
        builder.ToTable("LedgerBalances");
        builder.IsAuditLog(); // derived from the journal, which is audited entry by entry
        builder.HasKey(b => new { b.Account, b.PartyKind, b.PartyId });
        builder.Property(b => b.Account).HasConversion<string>().HasMaxLength(32);
        builder.Property(b => b.PartyKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Debit).HasPrecision(16, 2);
        builder.Property(b => b.Credit).HasPrecision(16, 2);
        builder.Ignore(b => b.Net);
    }
}

internal sealed class MoneyAccountConfiguration : IEntityTypeConfiguration<MoneyAccount>
{
    public void Configure(EntityTypeBuilder<MoneyAccount> builder)
    {
        builder.ToTable("MoneyAccounts");
        builder.Property(a => a.Name).HasMaxLength(MoneyAccount.NameMaxLength);
        builder.HasIndex(a => a.Name).IsUnique();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.BankName).HasMaxLength(64);
        builder.Property(a => a.AccountNo).HasMaxLength(64);
        builder.Property(a => a.Note).HasMaxLength(200);
    }
}

internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> builder)
    {
        builder.ToTable("Statements");
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.PartyKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.FileName).HasMaxLength(200);
        builder.Property(s => s.ImportedBy).HasMaxLength(128);
        builder.Property(s => s.ClosedBy).HasMaxLength(128);
        builder.Property(s => s.TotalAmount).HasPrecision(16, 2);
        builder.Ignore(s => s.Party);
        builder.HasIndex(s => new { s.Kind, s.ImportedAtUtc });
        builder.HasOne<MoneyAccount>().WithMany().HasForeignKey(s => s.MoneyAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<JournalEntry>().WithMany().HasForeignKey(s => s.JournalEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StatementLineConfiguration : IEntityTypeConfiguration<StatementLine>
{
    public void Configure(EntityTypeBuilder<StatementLine> builder)
    {
        builder.ToTable("StatementLines");
        builder.IsAuditLog(); // rows of an imported file: the statement row records who imported and confirmed it
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Key).HasMaxLength(StatementLine.KeyMaxLength);
        builder.Property(l => l.Fingerprint).HasMaxLength(32);
        builder.Property(l => l.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Note).HasMaxLength(64);
        builder.Property(l => l.NoteArg).HasMaxLength(64);
        foreach (var money in new[] { nameof(StatementLine.Amount), nameof(StatementLine.Fee), nameof(StatementLine.Expected) })
            builder.Property(money).HasPrecision(14, 2);
        builder.Property(l => l.WeightKg).HasPrecision(10, 3);
        builder.Property(l => l.OurWeightKg).HasPrecision(10, 3);
        // Idempotent import: a line already imported (and not set aside with a discarded statement) is never imported again.
        builder.HasIndex(l => new { l.Kind, l.PartyId, l.Key, l.Fingerprint }).IsUnique().HasFilter("Discarded = 0");
        builder.HasIndex(l => new { l.StatementId, l.Row });
        builder.HasOne<Statement>().WithMany().HasForeignKey(l => l.StatementId).OnDelete(DeleteBehavior.Restrict);
    }
}
