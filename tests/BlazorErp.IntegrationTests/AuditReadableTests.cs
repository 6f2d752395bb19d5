using System.Text.Json;
using BlazorErp.Core.Admin;
using BlazorErp.Core.Admin.Features;
using BlazorErp.Core.Common.Auditing;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.IntegrationTests;

/// <summary>What the audit log says about owned rows, complex properties and saves that change nothing.</summary>
public class AuditReadableTests(ErpFactory app) : IClassFixture<ErpFactory>
{
    private async Task<long> LastAuditIdAsync()
    {
        await using var db = await app.DbAsync();
        return await db.AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0;
    }

    private async Task<List<AuditEntry>> AuditSinceAsync(long afterId, string entityType, long key)
    {
        await using var db = await app.DbAsync();
        return await db.AuditEntries.Where(a => a.Id > afterId && a.EntityType == entityType && a.EntityKey == key.ToString()).ToListAsync();
    }

    private static JsonElement Field(AuditEntry entry, string field) => JsonDocument.Parse(entry.Changes).RootElement.GetProperty(field);

    private Task<Core.Common.Result<long>> SaveSkuAsync(SkuInput input) =>
        app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveSku>().HandleAsync(input));

    [Fact]
    public async Task Removing_one_barcode_shows_both_codes_before_and_the_one_left_after()
    {
        var input = new SkuInput { GoodsName = "审计条码", MerchantCode = "AUD-BC", Barcodes = "6903000000011,6903000000028", RetailPrice = 10 };
        var id = (await SaveSkuAsync(input)).Value;
        long version;
        await using (var db = await app.DbAsync()) version = (await db.Set<Sku>().SingleAsync(s => s.Id == id)).Version;
        var mark = await LastAuditIdAsync();

        Assert.True((await SaveSkuAsync(input with { SkuId = id, Version = version, Barcodes = "6903000000011" })).Succeeded);

        var row = Assert.Single(await AuditSinceAsync(mark, nameof(Sku), id));
        var barcodes = Field(row, "Barcodes");
        Assert.Equal(["6903000000011", "6903000000028"], barcodes.GetProperty("before").EnumerateArray().Select(b => b.GetProperty("Code").GetString()));
        Assert.Equal(["6903000000011"], barcodes.GetProperty("after").EnumerateArray().Select(b => b.GetProperty("Code").GetString()));
    }

    [Fact]
    public async Task A_customers_address_change_shows_the_address_before_and_after()
    {
        var nanshan = new CustomerAddress("陈丽", "13800138000", "440000", "440300", "440305", "科技园南区 T3 栋 1201", true);
        var id = (await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveCustomer>().HandleAsync(
            new CustomerInput(null, Platform.Taobao, "tb_audit_addr", "陈丽", CustomerCategory.Normal, null, null, [nanshan])))).Value;
        var mark = await LastAuditIdAsync();

        var moved = await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveCustomer>().HandleAsync(
            new CustomerInput(id, Platform.Taobao, "tb_audit_addr", "陈丽", CustomerCategory.Normal, null, null,
                [nanshan with { Street = "科技园南区 T5 栋 802" }], Version: 0)));
        Assert.True(moved.Succeeded);

        var addresses = Field(Assert.Single(await AuditSinceAsync(mark, nameof(Customer), id)), "Addresses");
        Assert.Equal("科技园南区 T3 栋 1201", Assert.Single(addresses.GetProperty("before").EnumerateArray()).GetProperty("Street").GetString());
        Assert.Equal("科技园南区 T5 栋 802", Assert.Single(addresses.GetProperty("after").EnumerateArray()).GetProperty("Street").GetString());
    }

    [Fact]
    public async Task Saving_a_courier_unchanged_writes_no_audit_row_and_keeps_its_version()
    {
        var input = new CourierInput
        {
            Code = "AUDZT", Name = "中通审计", Reach = [new("西藏", ReachKind.Exclude, "超区不发")], Rates = [new(null, 1, 10, 5), new("湖北", 1, 6, 2)],
        };
        var id = (await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveCourier>().HandleAsync(input))).Value;
        var mark = await LastAuditIdAsync();

        Assert.True((await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveCourier>().HandleAsync(input with { Id = id, Version = 0 }))).Succeeded);

        await using var db = await app.DbAsync();
        Assert.Equal(0, (await db.Set<Courier>().SingleAsync(c => c.Id == id)).Version);
        Assert.Empty(await AuditSinceAsync(mark, nameof(Courier), id));
    }

    [Fact]
    public async Task Importing_the_exported_goods_sheet_untouched_updates_nothing_and_writes_no_sku_rows()
    {
        await SaveSkuAsync(new SkuInput { GoodsName = "审计导出", MerchantCode = "AUD-EXP-1", Barcodes = "6903000000035,6903000000042", RetailPrice = 39.9m, MinPrice = 29.9m, Cost = 18.5m, WeightGrams = 520 });
        await SaveSkuAsync(new SkuInput { GoodsName = "审计导出", MerchantCode = "AUD-EXP-2", SpecName = "1kg", RetailPrice = 12 });
        var sheet = await app.AsUserAsync("admin", sp => sp.GetRequiredService<ExportGoods>().HandleAsync());
        int skus;
        await using (var db = await app.DbAsync()) skus = await db.Set<Sku>().CountAsync();
        var mark = await LastAuditIdAsync();

        var report = await app.AsUserAsync("admin", sp => sp.GetRequiredService<ImportGoods>().HandleAsync(new MemoryStream(sheet)));

        Assert.True(report.Applied);
        Assert.Equal((0, 0, skus), (report.Created, report.Updated, report.Unchanged));
        await using var check = await app.DbAsync();
        Assert.False(await check.AuditEntries.AnyAsync(a => a.Id > mark && (a.EntityType == nameof(Sku) || a.EntityType == nameof(Goods))));
    }

    [Fact]
    public async Task A_shops_sender_address_change_is_logged()
    {
        var input = new ShopInput
        {
            Name = "审计-寄件店", Platform = Platform.Pinduoduo, SenderName = "伽元", SenderPhone = "13800138000",
            SenderProvinceCode = "440000", SenderCityCode = "440300", SenderDistrictCode = "440305", SenderStreet = "科技园 1 号",
        };
        var id = (await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveShop>().HandleAsync(input))).Value;
        var mark = await LastAuditIdAsync();

        Assert.True((await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveShop>().HandleAsync(input with { Id = id, SenderStreet = "科技园 2 号" }))).Succeeded);

        var street = Field(Assert.Single(await AuditSinceAsync(mark, nameof(Shop), id)), "SenderAddress.Street");
        Assert.Equal("科技园 1 号", street.GetProperty("before").GetString());
        Assert.Equal("科技园 2 号", street.GetProperty("after").GetString());
    }

    private static readonly Dictionary<string, string> Texts = new()
    {
        ["Entity.Shop"] = "店铺", ["Entity.IdentityUserRole"] = "用户角色", ["Platform.Pinduoduo"] = "拼多多", ["Role.Finance"] = "财务",
    };

    private Task<AuditChangeReader> ReaderAsync() =>
        app.AsUserAsync("admin", sp => sp.GetRequiredService<SearchAuditLog>().ReaderAsync(key => Texts.GetValueOrDefault(key)));

    [Fact]
    public async Task The_page_reads_entity_names_enum_values_and_role_names_and_hides_identity_stamps()
    {
        var mark = await LastAuditIdAsync();
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveShop>().HandleAsync(new ShopInput { Name = "审计-读法店", Platform = Platform.Pinduoduo }));
        var userId = (await app.AsUserAsync("admin", sp => sp.GetRequiredService<CreateUser>().HandleAsync(new CreateUserInput
        {
            UserName = "audit-reader", DisplayName = "读审计", Password = "secret-pass1", Roles = [Role.Finance],
        }))).Value!;
        var reader = await ReaderAsync();
        await using var db = await app.DbAsync();
        var rows = await db.AuditEntries.Where(a => a.Id > mark).ToListAsync();

        var shop = rows.Single(a => a.EntityType == nameof(Shop));
        Assert.Equal("店铺", reader.EntityName(shop.EntityType));
        Assert.Equal("拼多多", reader.Read(shop.EntityType, shop.Changes).Single(f => f.Field == "Platform").After);
        Assert.Equal("ErpUser", reader.EntityName(nameof(ErpUser))); // no resource key: the class name

        var user = rows.Single(a => a.EntityType == nameof(ErpUser) && a.EntityKey == userId && a.Action == AuditAction.Added);
        Assert.Contains("ConcurrencyStamp", user.Changes); // kept in the log…
        var userFields = reader.Read(user.EntityType, user.Changes).Select(f => f.Field).ToList();
        Assert.DoesNotContain("ConcurrencyStamp", userFields); // …not shown
        Assert.DoesNotContain("SecurityStamp", userFields);
        Assert.DoesNotContain("NormalizedUserName", userFields);
        Assert.Contains("DisplayName", userFields);

        var role = rows.Single(a => a.EntityType.StartsWith("IdentityUserRole") && a.EntityKey.StartsWith(userId));
        Assert.Equal("用户角色", reader.EntityName(role.EntityType));
        Assert.Equal("财务", reader.Read(role.EntityType, role.Changes).Single(f => f.Field == "RoleId").After);
    }

    [Fact]
    public async Task Owned_rows_read_as_one_line_each()
    {
        var id = (await SaveSkuAsync(new SkuInput { GoodsName = "审计读条码", MerchantCode = "AUD-READ", Barcodes = "6903000000059,6903000000066", RetailPrice = 10 })).Value;
        var reader = await ReaderAsync();
        await using var db = await app.DbAsync();
        var added = await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(Sku) && a.EntityKey == id.ToString());
        Assert.Equal("6903000000059；6903000000066", reader.Read(added.EntityType, added.Changes).Single(f => f.Field == "Barcodes").After);
    }
}
