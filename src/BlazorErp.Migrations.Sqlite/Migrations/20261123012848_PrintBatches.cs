using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorErp.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PrintBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WaybillPrintData",
                table: "Orders",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PrintBatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourierId = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Rendered = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PrintedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PrintedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OrderIds = table.Column<string>(type: "TEXT", nullable: false),
                    Reprints = table.Column<string>(type: "TEXT", nullable: false),
                    Withdrawn = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrintBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrintBatches_Couriers_CourierId",
                        column: x => x.CourierId,
                        principalTable: "Couriers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PrintBatchFiles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrintBatchFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrintBatchFiles_PrintBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "PrintBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PrintBatches_CourierId",
                table: "PrintBatches",
                column: "CourierId");

            migrationBuilder.CreateIndex(
                name: "IX_PrintBatches_Status",
                table: "PrintBatches",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_PrintBatchFiles_BatchId_Kind",
                table: "PrintBatchFiles",
                columns: new[] { "BatchId", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PrintBatchFiles");

            migrationBuilder.DropTable(
                name: "PrintBatches");

            migrationBuilder.DropColumn(
                name: "WaybillPrintData",
                table: "Orders");
        }
    }
}
