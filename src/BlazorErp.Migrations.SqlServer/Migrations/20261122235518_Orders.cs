using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorErp.Migrations.SqlServer.Migrations
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ShopId = table.Column<long>(type: "bigint", nullable: false),
                    Tid = table.Column<long>(type: "bigint", nullable: true),
                    TidModifiedChina = table.Column<DateTime>(type: "datetime2", nullable: false),
                    BuyerNick = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    BuyerMessage = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    SellerMemo = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ServiceRemark = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Flags = table.Column<int>(type: "int", nullable: false),
                    GoodsTotal = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    PostFee = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    Discount = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    Paid = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    PaidAtChina = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Touched = table.Column<bool>(type: "bit", nullable: false),
                    MergedIntoOrderId = table.Column<long>(type: "bigint", nullable: true),
                    ReceiverKey = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Receiver_Address = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Receiver_City = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Receiver_CityCode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: true),
                    Receiver_District = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Receiver_DistrictCode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: true),
                    Receiver_Mobile = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Receiver_Name = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Receiver_ProvinceCode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: true),
                    Receiver_State = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Receiver_Zip = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Lines = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Sources = table.Column<string>(type: "nvarchar(max)", nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MergedIntoOrderId",
                table: "Orders",
                column: "MergedIntoOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_ShopId_Status_BuyerNick",
                table: "Orders",
                columns: new[] { "ShopId", "Status", "BuyerNick" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_ShopId_Tid",
                table: "Orders",
                columns: new[] { "ShopId", "Tid" },
                unique: true,
                filter: "[Tid] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Orders");
        }
    }
}
