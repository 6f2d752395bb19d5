using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorErp.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class VersionEverywhere : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_RefundSyncCursors",
                table: "RefundSyncCursors");

            migrationBuilder.AddColumn<long>(
                name: "Id",
                table: "RefundSyncCursors",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "RefundSyncCursors",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "RawTrades",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "DownloadRuns",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddPrimaryKey(
                name: "PK_RefundSyncCursors",
                table: "RefundSyncCursors",
                column: "Id");

            migrationBuilder.CreateIndex(
                name: "IX_RefundSyncCursors_ShopId",
                table: "RefundSyncCursors",
                column: "ShopId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_RefundSyncCursors",
                table: "RefundSyncCursors");

            migrationBuilder.DropIndex(
                name: "IX_RefundSyncCursors_ShopId",
                table: "RefundSyncCursors");

            migrationBuilder.DropColumn(
                name: "Id",
                table: "RefundSyncCursors");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "RefundSyncCursors");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "RawTrades");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "DownloadRuns");

            migrationBuilder.AddPrimaryKey(
                name: "PK_RefundSyncCursors",
                table: "RefundSyncCursors",
                column: "ShopId");
        }
    }
}
