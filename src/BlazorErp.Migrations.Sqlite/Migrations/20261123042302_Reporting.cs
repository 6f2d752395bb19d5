using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorErp.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Reporting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PromisedShipHours",
                table: "Shops",
                type: "INTEGER",
                nullable: false,
                defaultValue: 48); // existing shops get the common platform promise

            migrationBuilder.CreateTable(
                name: "SalesLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ShipmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    ShopId = table.Column<long>(type: "INTEGER", nullable: false),
                    WarehouseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Tid = table.Column<long>(type: "INTEGER", nullable: true),
                    SkuId = table.Column<long>(type: "INTEGER", nullable: true),
                    MerchantCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Spec = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsGift = table.Column<bool>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Price = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Discount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Cost = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Freight = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    PostFee = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    GrossProfit = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    ApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ShippedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReversalOfId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SalesLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SalesLines_Shipments_ShipmentId",
                        column: x => x.ShipmentId,
                        principalTable: "Shipments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SalesLines_Shops_ShopId",
                        column: x => x.ShopId,
                        principalTable: "Shops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SalesLines_Warehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StationTallies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HourChina = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Station = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ShopId = table.Column<long>(type: "INTEGER", nullable: false),
                    Clerk = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    SalesFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ProfitFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StationTallies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Status_Findings_Flags",
                table: "Orders",
                columns: new[] { "Status", "Findings", "Flags" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Status_PaidAtChina",
                table: "Orders",
                columns: new[] { "Status", "PaidAtChina" });

            migrationBuilder.CreateIndex(
                name: "IX_SalesLines_ApprovedAtUtc_WarehouseId",
                table: "SalesLines",
                columns: new[] { "ApprovedAtUtc", "WarehouseId" });

            migrationBuilder.CreateIndex(
                name: "IX_SalesLines_OrderId",
                table: "SalesLines",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_SalesLines_ShipmentId",
                table: "SalesLines",
                column: "ShipmentId");

            migrationBuilder.CreateIndex(
                name: "IX_SalesLines_ShippedAtUtc_WarehouseId",
                table: "SalesLines",
                columns: new[] { "ShippedAtUtc", "WarehouseId" });

            migrationBuilder.CreateIndex(
                name: "IX_SalesLines_ShopId",
                table: "SalesLines",
                column: "ShopId");

            migrationBuilder.CreateIndex(
                name: "IX_SalesLines_WarehouseId",
                table: "SalesLines",
                column: "WarehouseId");

            migrationBuilder.CreateIndex(
                name: "IX_StationTallies_HourChina_Station_ShopId_Clerk",
                table: "StationTallies",
                columns: new[] { "HourChina", "Station", "ShopId", "Clerk" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SalesLines");

            migrationBuilder.DropTable(
                name: "StationTallies");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Status_Findings_Flags",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Status_PaidAtChina",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "PromisedShipHours",
                table: "Shops");
        }
    }
}
