using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorErp.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OrderImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExternalNo",
                table: "Orders",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_ShopId_ExternalNo",
                table: "Orders",
                columns: new[] { "ShopId", "ExternalNo" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_ShopId_ExternalNo",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ExternalNo",
                table: "Orders");
        }
    }
}
