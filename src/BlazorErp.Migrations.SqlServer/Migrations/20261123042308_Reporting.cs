using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorErp.Migrations.SqlServer.Migrations
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
                type: "int",
                nullable: false,
                defaultValue: 48); // existing shops get the common platform promise

            migrationBuilder.CreateTable(
                name: "SalesLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ShipmentId = table.Column<long>(type: "bigint", nullable: false),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    ShopId = table.Column<long>(type: "bigint", nullable: false),
                    WarehouseId = table.Column<long>(type: "bigint", nullable: false),
                    Tid = table.Column<long>(type: "bigint", nullable: true),
                    SkuId = table.Column<long>(type: "bigint", nullable: true),
                    MerchantCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Spec = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    IsGift = table.Column<bool>(type: "bit", nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    Price = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    Discount = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    Cost = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    Freight = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    PostFee = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    GrossProfit = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    ApprovedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ShippedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReversalOfId = table.Column<long>(type: "bigint", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HourChina = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Station = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ShopId = table.Column<long>(type: "bigint", nullable: false),
                    Clerk = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false),
                    SalesFen = table.Column<long>(type: "bigint", nullable: false),
                    ProfitFen = table.Column<long>(type: "bigint", nullable: false)
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
