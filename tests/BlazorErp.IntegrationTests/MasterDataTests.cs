using BlazorErp.Core.Common;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.MasterData;
using BlazorErp.Core.MasterData.Features;
using BlazorErp.Core.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.IntegrationTests;

public class MasterDataTests(ErpFactory app) : IClassFixture<ErpFactory>
{
    private Task<Result<long>> SaveSkuAsync(string code) =>
        app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveSku>().HandleAsync(new SkuInput { GoodsName = "货品 " + code, MerchantCode = code, RetailPrice = 10 }));

    [Fact]
    public async Task Shop_credentials_are_stored_encrypted_and_kept_when_left_blank()
    {
        var id = (await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveShop>().HandleAsync(new ShopInput
        {
            Name = "淘宝-测试店", Platform = Platform.Taobao, SenderName = "伽元", SenderPhone = "027-85551234", AppKey = "12345",
            AppSecret = "top-secret-value", SessionKey = "session-value",
        }))).Value;
        await using var db = await app.DbAsync();
        var stored = await db.Set<Shop>().AsNoTracking().SingleAsync(s => s.Id == id);
        Assert.DoesNotContain("top-secret-value", stored.ProtectedAppSecret);
        var protector = app.Services.GetRequiredService<ISecretProtector>();
        Assert.Equal("top-secret-value", protector.Unprotect(stored.ProtectedAppSecret!));

        // An edit that leaves the secret fields empty keeps what was stored.
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveShop>().HandleAsync(new ShopInput
        {
            Id = id, Version = stored.Version, Name = "淘宝-测试店", Platform = Platform.Taobao, SenderName = "伽元二部",
        }));
        await using var again = await app.DbAsync();
        var edited = await again.Set<Shop>().AsNoTracking().SingleAsync(s => s.Id == id);
        Assert.Equal("伽元二部", edited.SenderName);
        Assert.Equal("top-secret-value", protector.Unprotect(edited.ProtectedAppSecret!));
        // …and the audit log never holds the secret.
        Assert.False(await again.AuditEntries.AnyAsync(a => a.Changes.Contains("top-secret-value")));
    }

    [Fact]
    public async Task A_courier_with_an_unknown_region_name_is_refused_and_nothing_is_saved()
    {
        var result = await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveCourier>().HandleAsync(new CourierInput
        {
            Code = "JT", Name = "极兔速递", Reach = [new ReachInput("新彊", ReachKind.Exclude)], Rates = [new RateInput(null, 1, 8, 4)],
        }));

        Assert.Equal(("Courier.ReachRow", 1, "Region.Unknown(新彊)"), (result.Error!.Code, result.Error.Args[0], result.Error.Args[1].ToString()));
        await using var db = await app.DbAsync();
        Assert.False(await db.Set<Courier>().AnyAsync(c => c.Code == "JT"));
    }

    [Fact]
    public async Task A_courier_saved_with_short_region_names_computes_freight_and_reach_by_code()
    {
        var id = (await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveCourier>().HandleAsync(new CourierInput
        {
            Code = "YD", Name = "韵达快递", Reach = [new ReachInput("新疆", ReachKind.Exclude), new ReachInput("内蒙古", ReachKind.Exclude)],
            Rates = [new RateInput(null, 1, 8, 4), new RateInput("湖北", 1, 5, 2)],
        }))).Value;

        await using var db = await app.DbAsync();
        var courier = await db.Set<Courier>().SingleAsync(c => c.Id == id);
        Assert.False(courier.CanReach("150000", null, null));
        Assert.True(courier.CanReach("420000", "420100", "420103"));
        Assert.Equal(7m, courier.ComputeFreight("420000", 1.5m).Value);
        Assert.Equal(16m, courier.ComputeFreight("440000", 3m).Value);
    }

    [Fact]
    public async Task A_courier_re_saved_from_the_paths_its_page_shows_keeps_every_rule_and_note()
    {
        var input = new CourierInput
        {
            Code = "JTX", Name = "极兔速递", Rates = [new RateInput(null, 1, 8, 4)],
            Reach =
            [
                new ReachInput("新疆", ReachKind.Exclude, "超区不发"),
                new ReachInput("广东省深圳市", ReachKind.Exclude, "深圳网点停发"),
                new ReachInput("深圳市南山区", ReachKind.Serve, "南山可发，需预约"),
                new ReachInput("长春 朝阳区", ReachKind.Exclude, null),
            ],
        };
        var id = (await SaveCourierAsync(input)).Value;
        var saved = await CourierAsync(id);
        Assert.Equal([("220104", ReachKind.Exclude, null), ("440300", ReachKind.Exclude, "深圳网点停发"), ("440305", ReachKind.Serve, "南山可发，需预约"),
            ("650000", ReachKind.Exclude, "超区不发")], saved.Reach.Select(r => (r.RegionCode, r.Kind, r.Note)));

        // The courier page refills its rows with each rule's full path and note; saving them unchanged changes nothing.
        var shown = saved.Reach.Select(r => new ReachInput(RegionDirectory.China.PathOf(r.RegionCode)!.Display, r.Kind, r.Note)).ToList();
        Assert.Contains(shown, r => r.RegionName == "吉林省长春市朝阳区");
        var again = await SaveCourierAsync(input with { Id = id, Version = saved.Version, Reach = shown });

        Assert.True(again.Succeeded, again.Error?.ToString());
        Assert.Equal(saved.Reach, (await CourierAsync(id)).Reach);
    }

    [Fact]
    public async Task A_bad_delivery_rule_is_refused_with_its_row_and_nothing_is_saved()
    {
        CourierInput With(params ReachInput[] reach) => new() { Code = "DB", Name = "德邦快递", Rates = [new RateInput(null, 1, 8, 4)], Reach = reach.ToList() };

        var ambiguous = (await SaveCourierAsync(With(new ReachInput("新疆", ReachKind.Exclude), new ReachInput("朝阳区", ReachKind.Exclude)))).Error!;
        Assert.Equal(("Courier.ReachRow", 2, "Region.Ambiguous"), (ambiguous.Code, ambiguous.Args[0], ((Error)ambiguous.Args[1]).Code));
        var repeated = (await SaveCourierAsync(With(new ReachInput("内蒙古", ReachKind.Exclude), new ReachInput("内蒙古自治区", ReachKind.Serve)))).Error!;
        Assert.Equal(("Courier.ReachRow", "Courier.ReachRepeated(内蒙古自治区, 1)"), (repeated.Code, repeated.Args[1].ToString()));
        var noteOnly = (await SaveCourierAsync(With(new ReachInput(" ", ReachKind.Exclude, "超区不发")))).Error!;
        Assert.Equal(("Courier.ReachRow", 1), (noteOnly.Code, noteOnly.Args[0]));

        await using var db = await app.DbAsync();
        Assert.False(await db.Set<Courier>().AnyAsync(c => c.Code == "DB"));
    }

    [Fact]
    public async Task A_bad_freight_row_is_refused_with_its_row_and_what_to_write_instead()
    {
        CourierInput With(params RateInput[] rates) => new() { Code = "DBW", Name = "德邦物流", Rates = rates.ToList() };

        var city = (await SaveCourierAsync(With(new RateInput(null, 1, 8, 4), new RateInput("广州", 1, 6, 2)))).Error!;
        Assert.Equal(("Courier.RateRow", 2, "Courier.RateProvinceOnly(广州, 广东省)"), (city.Code, city.Args[0], city.Args[1].ToString()));
        var repeated = (await SaveCourierAsync(With(new RateInput("广东", 1, 8, 4), new RateInput(null, 1, 8, 4), new RateInput("广东省", 1, 6, 2)))).Error!;
        Assert.Equal(("Courier.RateRow", 3, "Courier.RateRepeated(广东省, 1)"), (repeated.Code, repeated.Args[0], repeated.Args[1].ToString()));
        var negative = (await SaveCourierAsync(With(new RateInput(null, 1, 8, 4), new RateInput("新疆", 1, -6, 2)))).Error!;
        Assert.Equal(("Courier.RateRow", 2, "Courier.RateInvalid"), (negative.Code, negative.Args[0], negative.Args[1].ToString()));

        await using var db = await app.DbAsync();
        Assert.False(await db.Set<Courier>().AnyAsync(c => c.Code == "DBW"));
    }

    private Task<Result<long>> SaveCourierAsync(CourierInput input) =>
        app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveCourier>().HandleAsync(input));

    private async Task<Courier> CourierAsync(long id)
    {
        await using var db = await app.DbAsync();
        return await db.Set<Courier>().AsNoTracking().SingleAsync(c => c.Id == id);
    }

    private static readonly CustomerAddress Nanshan = new(" 陈丽 ", "13800138000", "440000", "440300", "440305", " 科技园南区 T3 栋 1201 ", false);
    private static readonly CustomerAddress Dongguan = new("陈丽", "0769-22001234", "440000", "441900", null, "南城街道 8 号", true);

    private Task<Result<long>> SaveCustomerAsync(CustomerInput input) =>
        app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveCustomer>().HandleAsync(input));

    private async Task<Customer?> CustomerAsync(string nick)
    {
        await using var db = await app.DbAsync();
        return await db.Set<Customer>().AsNoTracking().SingleOrDefaultAsync(c => c.BuyerNick == nick);
    }

    /// <summary>Codes keep no spaces and never stand beside the same code in other case; phones are phones everywhere.</summary>
    [Fact]
    public async Task Codes_and_phones_are_checked_alike_for_suppliers_warehouses_couriers_and_shop_senders()
    {
        Task<Result<long>> Supplier(string code, string? phone = null) =>
            app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveSupplier>().HandleAsync(new SupplierInput(null, code, "供应商 " + code, null, phone, null, null)));
        Task<Result<long>> Warehouse(string code) =>
            app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveWarehouse>().HandleAsync(new WarehouseInput { Code = code, Name = "仓库 " + code, Type = WarehouseType.Own }));

        Assert.True((await Supplier("GYX001", "027-85551234")).Succeeded);
        Assert.Equal("Supplier.CodeTaken", (await Supplier("gyx001")).Error?.Code);
        Assert.Equal("Supplier.CodeInvalid", (await Supplier("GY 010")).Error?.Code);
        Assert.Equal("Phone.Invalid", (await Supplier("GYX002", "12345")).Error?.Code);
        Assert.True((await Warehouse("WHX")).Succeeded);
        Assert.Equal("Warehouse.CodeTaken", (await Warehouse("whx")).Error?.Code);
        var courier = await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveCourier>().HandleAsync(new CourierInput { Code = "K D", Name = "快递" }));
        Assert.Equal("Courier.CodeInvalid", courier.Error?.Code);
        var shop = await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveShop>().HandleAsync(new ShopInput
        {
            Name = "淘宝-电话测试", Platform = Platform.Taobao, SenderName = "王芳", SenderPhone = "0755-2668",
        }));
        Assert.Equal("Phone.Invalid", shop.Error?.Code);

        await using var db = await app.DbAsync();
        Assert.Equal(1, await db.Set<Supplier>().CountAsync(s => s.Code.ToUpper() == "GYX001"));
        Assert.False(await db.Set<Supplier>().AnyAsync(s => s.Code == "GYX002"));
        Assert.False(await db.Set<Shop>().AnyAsync(s => s.Name == "淘宝-电话测试"));
    }

    /// <summary>Only owned rows change (the address book): the customer's version still moves, so the second of two editors loses.</summary>
    [Fact]
    public async Task Two_editors_changing_only_the_addresses_cannot_both_win()
    {
        Assert.True((await SaveCustomerAsync(new CustomerInput(null, Platform.Taobao, "tb_two_editors", "陈丽", CustomerCategory.Normal, null, null, [Nanshan]))).Succeeded);
        await using var first = await app.DbAsync();
        await using var second = await app.DbAsync();
        var mine = await first.Set<Customer>().SingleAsync(c => c.BuyerNick == "tb_two_editors");
        var theirs = await second.Set<Customer>().SingleAsync(c => c.BuyerNick == "tb_two_editors");
        var before = mine.Version;

        Assert.True(theirs.SetAddresses([Nanshan, Dongguan]).Succeeded);
        await second.SaveChangesAsync();
        Assert.True(mine.SetAddresses([Dongguan]).Succeeded);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());

        var saved = (await CustomerAsync("tb_two_editors"))!;
        Assert.Equal(before + 1, saved.Version);
        Assert.Equal(2, saved.Addresses.Count);
    }

    [Fact]
    public async Task A_customer_is_saved_with_the_addresses_entered_and_one_default()
    {
        var result = await SaveCustomerAsync(new CustomerInput(null, Platform.Taobao, "tb_addr_ok", "陈丽", CustomerCategory.Normal, null, null, [Nanshan, Dongguan]));

        Assert.True(result.Succeeded, result.Error?.ToString());
        var saved = (await CustomerAsync("tb_addr_ok"))!;
        Assert.Equal([
            new CustomerAddress("陈丽", "13800138000", "440000", "440300", "440305", "科技园南区 T3 栋 1201", false),
            new CustomerAddress("陈丽", "0769-22001234", "440000", "441900", null, "南城街道 8 号", true), // 东莞市 has no districts
        ], saved.Addresses);
    }

    [Theory]
    [InlineData("unknown-district", 2, "Region.Unknown(440105)")]  // 广州's 海珠区 picked under 深圳
    [InlineData("missing-phone", 1, "Customer.PhoneRequired")]
    [InlineData("bad-phone", 1, "Customer.PhoneInvalid(1380013800)")]
    [InlineData("no-district", 1, "Customer.DistrictRequired(广东省深圳市)")]
    [InlineData("no-street", 1, "Customer.StreetRequired")]
    public async Task An_address_a_courier_could_not_deliver_to_is_refused_with_its_row_and_nothing_is_saved(string problem, int row, string error)
    {
        var existing = (await SaveCustomerAsync(new CustomerInput(null, Platform.Taobao, "tb_addr_" + problem, "陈丽", CustomerCategory.Normal, null, null, [Nanshan]))).Value;
        var before = (await CustomerAsync("tb_addr_" + problem))!;
        CustomerAddress[] addresses = problem switch
        {
            "unknown-district" => [Nanshan, Nanshan with { DistrictCode = "440105" }],
            "missing-phone" => [Nanshan with { Phone = " " }],
            "bad-phone" => [Nanshan with { Phone = "1380013800" }],
            "no-district" => [Nanshan with { DistrictCode = null }],
            _ => [Nanshan with { Street = "" }],
        };

        var edit = await SaveCustomerAsync(new CustomerInput(existing, Platform.Taobao, "tb_addr_" + problem, "陈丽二", CustomerCategory.Wholesale, null, null,
            addresses, before.Version));
        var create = await SaveCustomerAsync(new CustomerInput(null, Platform.JD, "jd_addr_" + problem, null, CustomerCategory.Normal, null, null, addresses));

        Assert.Equal(("Customer.AddressRow", row, error), (edit.Error!.Code, edit.Error.Args[0], edit.Error.Args[1].ToString()));
        Assert.Equal(edit.Error.ToString(), create.Error!.ToString());
        var after = (await CustomerAsync("tb_addr_" + problem))!;
        Assert.Equal((before.Name, before.Category, before.Version), (after.Name, after.Category, after.Version));
        Assert.Equal(before.Addresses, after.Addresses);
        Assert.Null(await CustomerAsync("jd_addr_" + problem));
    }

    [Fact]
    public async Task A_customer_edited_from_a_stale_form_is_refused()
    {
        var id = (await SaveCustomerAsync(new CustomerInput(null, Platform.Taobao, "tb_stale", "陈丽", CustomerCategory.Normal, null, null, [Nanshan]))).Value;
        var version = (await CustomerAsync("tb_stale"))!.Version;
        Assert.True((await SaveCustomerAsync(new CustomerInput(id, Platform.Taobao, "tb_stale", "陈丽", CustomerCategory.Distributor, null, null, [Nanshan], version))).Succeeded);

        var stale = await SaveCustomerAsync(new CustomerInput(id, Platform.Taobao, "tb_stale", "陈丽", CustomerCategory.Wholesale, null, null, [Dongguan], version));

        Assert.Equal("Common.ConcurrencyConflict", stale.Error!.Code);
        Assert.Equal(CustomerCategory.Distributor, (await CustomerAsync("tb_stale"))!.Category);
    }

    [Fact]
    public async Task A_combo_is_saved_by_component_codes_and_holds_no_stock_of_its_own()
    {
        await SaveSkuAsync("C-XIA");
        await SaveSkuAsync("C-OUDAI");
        var comboId = (await SaveSkuAsync("C-TAO")).Value;

        Assert.Equal("Combo.ContainsItself", (await app.AsUserAsync("admin", sp =>
            sp.GetRequiredService<SaveCombo>().HandleAsync(comboId, [new ComboComponentInput("C-TAO", 1)]))).Error!.Code);
        Assert.True((await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveCombo>().HandleAsync(comboId,
            [new ComboComponentInput("C-XIA", 1), new ComboComponentInput("c-oudai", 2)]))).Succeeded);

        var components = await app.AsUserAsync("admin", sp => sp.GetRequiredService<GetCombo>().HandleAsync(comboId));
        Assert.Equal([new ComboComponentInput("C-XIA", 1), new ComboComponentInput("C-OUDAI", 2)], components.OrderByDescending(c => c.MerchantCode));

        var warehouseId = (await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveWarehouse>().HandleAsync(new WarehouseInput { Code = "CW", Name = "组合仓" }))).Value;
        var refused = await app.AsUserAsync("admin", sp => sp.GetRequiredService<Core.Inventory.Features.CreateStockDocument>().HandleAsync(
            new Core.Inventory.Features.StockDocumentInput(StockDocumentType.OpeningBalance, warehouseId, null, [new Core.Inventory.Features.StockDocumentLineInput("C-TAO", 5, 1)])));
        Assert.Equal("Stock.ComboHasNoStock", refused.Error!.Code);
    }

    [Fact]
    public async Task Merchant_codes_are_unique_ignoring_case_and_a_stale_edit_is_refused()
    {
        var id = (await SaveSkuAsync("UNIQ-1")).Value;
        Assert.Equal("Sku.CodeTaken", (await SaveSkuAsync("uniq-1")).Error!.Code);

        var first = new SkuInput { SkuId = id, Version = 0, GoodsName = "货品 UNIQ-1", MerchantCode = "UNIQ-1", RetailPrice = 11 };
        Assert.True((await app.AsUserAsync("admin", sp => sp.GetRequiredService<SaveSku>().HandleAsync(first))).Succeeded);
        var stale = first with { RetailPrice = 12 }; // still carries Version 0
        var refused = await app.AsUserAsync("manager", sp => sp.GetRequiredService<SaveSku>().HandleAsync(stale));

        Assert.Equal("Common.ConcurrencyConflict", refused.Error!.Code);
        Assert.Equal("admin", refused.Error.Args[0]);
    }
}
