using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorErp.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Orders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Orders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ShopId = table.Column<long>(type: "INTEGER", nullable: false),
                    BuyerNick = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BuyerMessage = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SellerMemo = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ServiceRemark = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Flags = table.Column<int>(type: "INTEGER", nullable: false),
                    GoodsTotal = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    PostFee = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Discount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Paid = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    PaidAtChina = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Touched = table.Column<bool>(type: "INTEGER", nullable: false),
                    MergedIntoOrderId = table.Column<long>(type: "INTEGER", nullable: true),
                    ReceiverKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Receiver_Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Receiver_City = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Receiver_CityCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Receiver_District = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Receiver_DistrictCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Receiver_Mobile = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Receiver_Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Receiver_ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Receiver_State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Receiver_Zip = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Orders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Orders_Shops_ShopId",
                        column: x => x.ShopId,
                        principalTable: "Shops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrderLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Tid = table.Column<long>(type: "INTEGER", nullable: false),
                    Oid = table.Column<long>(type: "INTEGER", nullable: false),
                    MerchantCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SkuProperties = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Price = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Payment = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    SkuId = table.Column<long>(type: "INTEGER", nullable: true),
                    IsGift = table.Column<bool>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderLines_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrderLines_Skus_SkuId",
                        column: x => x.SkuId,
                        principalTable: "Skus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrderSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Tid = table.Column<long>(type: "INTEGER", nullable: false),
                    ModifiedChina = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderSources_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OrderLines_OrderId",
                table: "OrderLines",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_OrderLines_SkuId",
                table: "OrderLines",
                column: "SkuId");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_ShopId_Status_BuyerNick",
                table: "Orders",
                columns: new[] { "ShopId", "Status", "BuyerNick" });

            migrationBuilder.CreateIndex(
                name: "IX_OrderSources_OrderId",
                table: "OrderSources",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_OrderSources_Tid",
                table: "OrderSources",
                column: "Tid");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrderLines");

            migrationBuilder.DropTable(
                name: "OrderSources");

            migrationBuilder.DropTable(
                name: "Orders");
        }
    }
}
