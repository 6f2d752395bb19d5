using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorErp.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AfterSales : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AfterSalesCaseId",
                table: "Orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OriginalOrderId",
                table: "Orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AfterSalesCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ShopId = table.Column<long>(type: "INTEGER", nullable: true),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: true),
                    Tid = table.Column<long>(type: "INTEGER", nullable: true),
                    BuyerNick = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReceiverName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReceiverMobile = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReturnCourier = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReturnTrackingNo = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReturnWarehouseId = table.Column<long>(type: "INTEGER", nullable: true),
                    OutgoingWarehouseId = table.Column<long>(type: "INTEGER", nullable: true),
                    NewOrderId = table.Column<long>(type: "INTEGER", nullable: true),
                    RefundAmount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    PlatformRefundId = table.Column<long>(type: "INTEGER", nullable: true),
                    PlatformRefundStatus = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IsBlind = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CloseReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Lines = table.Column<string>(type: "TEXT", nullable: false),
                    Outgoing = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AfterSalesCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AfterSalesCases_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AfterSalesCases_Shops_ShopId",
                        column: x => x.ShopId,
                        principalTable: "Shops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AfterSalesCases_Warehouses_OutgoingWarehouseId",
                        column: x => x.OutgoingWarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AfterSalesCases_Warehouses_ReturnWarehouseId",
                        column: x => x.ReturnWarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RefundSyncCursors",
                columns: table => new
                {
                    ShopId = table.Column<long>(type: "INTEGER", nullable: false),
                    SyncedToChina = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefundSyncCursors", x => x.ShopId);
                    table.ForeignKey(
                        name: "FK_RefundSyncCursors_Shops_ShopId",
                        column: x => x.ShopId,
                        principalTable: "Shops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Refunds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ShopId = table.Column<long>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: true),
                    Tid = table.Column<long>(type: "INTEGER", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReversalOfId = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Refunds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Refunds_AfterSalesCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "AfterSalesCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Refunds_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Refunds_Shops_ShopId",
                        column: x => x.ShopId,
                        principalTable: "Shops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_AfterSalesCaseId",
                table: "Orders",
                column: "AfterSalesCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AfterSalesCases_OrderId",
                table: "AfterSalesCases",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_AfterSalesCases_OutgoingWarehouseId",
                table: "AfterSalesCases",
                column: "OutgoingWarehouseId");

            migrationBuilder.CreateIndex(
                name: "IX_AfterSalesCases_PlatformRefundId",
                table: "AfterSalesCases",
                column: "PlatformRefundId",
                unique: true,
                filter: "PlatformRefundId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AfterSalesCases_ReturnTrackingNo",
                table: "AfterSalesCases",
                column: "ReturnTrackingNo");

            migrationBuilder.CreateIndex(
                name: "IX_AfterSalesCases_ReturnWarehouseId",
                table: "AfterSalesCases",
                column: "ReturnWarehouseId");

            migrationBuilder.CreateIndex(
                name: "IX_AfterSalesCases_ShopId",
                table: "AfterSalesCases",
                column: "ShopId");

            migrationBuilder.CreateIndex(
                name: "IX_AfterSalesCases_Status_CreatedAtUtc",
                table: "AfterSalesCases",
                columns: new[] { "Status", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AfterSalesCases_Tid",
                table: "AfterSalesCases",
                column: "Tid");

            migrationBuilder.CreateIndex(
                name: "IX_Refunds_AtUtc",
                table: "Refunds",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Refunds_CaseId",
                table: "Refunds",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Refunds_OrderId",
                table: "Refunds",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Refunds_ShopId",
                table: "Refunds",
                column: "ShopId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Refunds");

            migrationBuilder.DropTable(
                name: "RefundSyncCursors");

            migrationBuilder.DropTable(
                name: "AfterSalesCases");

            migrationBuilder.DropIndex(
                name: "IX_Orders_AfterSalesCaseId",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "AfterSalesCaseId",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "OriginalOrderId",
                table: "Orders");
        }
    }
}
