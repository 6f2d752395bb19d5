using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorErp.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Finance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CashOnDelivery",
                table: "Orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "JournalEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SourceKind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    SourceId = table.Column<long>(type: "INTEGER", nullable: true),
                    Memo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    PostedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReversalOfId = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JournalEntries_JournalEntries_ReversalOfId",
                        column: x => x.ReversalOfId,
                        principalTable: "JournalEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LedgerBalances",
                columns: table => new
                {
                    Account = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PartyKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PartyId = table.Column<long>(type: "INTEGER", nullable: false),
                    Debit = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    Credit = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerBalances", x => new { x.Account, x.PartyKind, x.PartyId });
                });

            migrationBuilder.CreateTable(
                name: "MoneyAccounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AccountNo = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MoneyAccounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JournalLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Account = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PartyKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PartyId = table.Column<long>(type: "INTEGER", nullable: false),
                    Debit = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Credit = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JournalLines_JournalEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "JournalEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Statements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PartyKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PartyId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LineCount = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalAmount = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    MoneyAccountId = table.Column<long>(type: "INTEGER", nullable: true),
                    JournalEntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Statements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Statements_JournalEntries_JournalEntryId",
                        column: x => x.JournalEntryId,
                        principalTable: "JournalEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Statements_MoneyAccounts_MoneyAccountId",
                        column: x => x.MoneyAccountId,
                        principalTable: "MoneyAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StatementLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StatementId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PartyId = table.Column<long>(type: "INTEGER", nullable: false),
                    Row = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Fee = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    WeightKg = table.Column<decimal>(type: "TEXT", precision: 10, scale: 3, nullable: true),
                    OrderedAtChina = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SettledAtChina = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Discarded = table.Column<bool>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Expected = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    OurWeightKg = table.Column<decimal>(type: "TEXT", precision: 10, scale: 3, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NoteArg = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatementLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatementLines_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_Date",
                table: "JournalEntries",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_ReversalOfId",
                table: "JournalEntries",
                column: "ReversalOfId",
                unique: true,
                filter: "ReversalOfId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_SourceKind_SourceId",
                table: "JournalEntries",
                columns: new[] { "SourceKind", "SourceId" },
                unique: true,
                filter: "SourceId IS NOT NULL AND ReversalOfId IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_JournalLines_Account_PartyKind_PartyId_Reference",
                table: "JournalLines",
                columns: new[] { "Account", "PartyKind", "PartyId", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_JournalLines_EntryId",
                table: "JournalLines",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_MoneyAccounts_Name",
                table: "MoneyAccounts",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StatementLines_Kind_PartyId_Key_Fingerprint",
                table: "StatementLines",
                columns: new[] { "Kind", "PartyId", "Key", "Fingerprint" },
                unique: true,
                filter: "Discarded = 0");

            migrationBuilder.CreateIndex(
                name: "IX_StatementLines_StatementId_Row",
                table: "StatementLines",
                columns: new[] { "StatementId", "Row" });

            migrationBuilder.CreateIndex(
                name: "IX_Statements_JournalEntryId",
                table: "Statements",
                column: "JournalEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_Kind_ImportedAtUtc",
                table: "Statements",
                columns: new[] { "Kind", "ImportedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Statements_MoneyAccountId",
                table: "Statements",
                column: "MoneyAccountId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JournalLines");

            migrationBuilder.DropTable(
                name: "LedgerBalances");

            migrationBuilder.DropTable(
                name: "StatementLines");

            migrationBuilder.DropTable(
                name: "Statements");

            migrationBuilder.DropTable(
                name: "JournalEntries");

            migrationBuilder.DropTable(
                name: "MoneyAccounts");

            migrationBuilder.DropColumn(
                name: "CashOnDelivery",
                table: "Orders");
        }
    }
}
