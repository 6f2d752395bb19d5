using System.Text.Json;
using BlazorErp.Core.Admin;
using BlazorErp.Core.Admin.Features;
using BlazorErp.Core.Common.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.IntegrationTests;

public class AuditTests(ErpFactory app) : IClassFixture<ErpFactory>
{
    [Fact]
    public async Task Creating_a_user_is_audited_with_the_actor_and_without_secrets()
    {
        var userId = (await app.AsUserAsync("admin", sp => sp.GetRequiredService<CreateUser>().HandleAsync(new CreateUserInput
        {
            UserName = "audited", DisplayName = "周审计", Password = "secret-pass1", Roles = [Role.Finance],
        }))).Value!;

        await using var db = await app.DbAsync();
        var entry = await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(ErpUser) && a.EntityKey == userId && a.Action == AuditAction.Added);
        Assert.Equal("admin", entry.UserName);
        using var changes = JsonDocument.Parse(entry.Changes);
        Assert.Equal("周审计", changes.RootElement.GetProperty("DisplayName").GetProperty("after").GetString());
        Assert.Equal("***", changes.RootElement.GetProperty("PasswordHash").GetProperty("after").GetString());
        Assert.DoesNotContain("secret-pass1", entry.Changes);
        // The role assignment is a change of its own.
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "IdentityUserRole`1" && a.EntityKey.StartsWith(userId)));
    }

    [Fact]
    public async Task A_modification_records_the_changed_fields_before_and_after()
    {
        var created = await app.AsUserAsync("admin", async sp => (await sp.GetRequiredService<CreateApiKey>().HandleAsync("审计测试")).Value!);
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<RevokeApiKey>().HandleAsync(created.Id));

        await using var db = await app.DbAsync();
        var modified = await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(ApiKey) && a.EntityKey == created.Id.ToString() && a.Action == AuditAction.Modified);
        using var changes = JsonDocument.Parse(modified.Changes);
        var fields = changes.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Equal(["RevokedAtUtc", "RevokedBy", "Version"], fields.Order());
        Assert.Equal(JsonValueKind.Null, changes.RootElement.GetProperty("RevokedBy").GetProperty("before").ValueKind);
        Assert.Equal("admin", changes.RootElement.GetProperty("RevokedBy").GetProperty("after").GetString());
        Assert.Equal(0, changes.RootElement.GetProperty("Version").GetProperty("before").GetInt64());
        Assert.Equal(1, changes.RootElement.GetProperty("Version").GetProperty("after").GetInt64());
    }

    [Fact]
    public async Task A_stale_save_is_refused_and_leaves_neither_change_nor_audit_row()
    {
        var created = await app.AsUserAsync("admin", async sp => (await sp.GetRequiredService<CreateApiKey>().HandleAsync("并发测试")).Value!);
        await using var first = await app.DbAsync();
        await using var second = await app.DbAsync();
        var mine = await first.ApiKeys.SingleAsync(k => k.Id == created.Id);
        var theirs = await second.ApiKeys.SingleAsync(k => k.Id == created.Id);

        theirs.Revoke("reviewer", DateTime.UtcNow);
        await second.SaveChangesAsync();
        mine.Revoke("admin", DateTime.UtcNow);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());

        await using var check = await app.DbAsync();
        Assert.Equal("reviewer", (await check.ApiKeys.SingleAsync(k => k.Id == created.Id)).RevokedBy);
        Assert.Equal(1, await check.AuditEntries.CountAsync(a => a.EntityType == nameof(ApiKey) && a.EntityKey == created.Id.ToString() && a.Action == AuditAction.Modified));
    }

    [Fact]
    public async Task The_audit_log_is_searchable_by_entity_user_and_time()
    {
        var before = DateTime.UtcNow.AddSeconds(-1);
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<CreateApiKey>().HandleAsync("搜索测试"));

        var page = await app.AsUserAsync("admin", sp => sp.GetRequiredService<SearchAuditLog>()
            .HandleAsync(new AuditQuery(nameof(ApiKey), null, "adm", before, DateTime.UtcNow.AddSeconds(1))));

        Assert.NotEmpty(page.Rows);
        Assert.All(page.Rows, r => Assert.Equal(nameof(ApiKey), r.EntityType));
        Assert.All(page.Rows, r => Assert.Equal("admin", r.UserName));
        var nothing = await app.AsUserAsync("admin", sp => sp.GetRequiredService<SearchAuditLog>()
            .HandleAsync(new AuditQuery(nameof(ApiKey), null, "finance", before, null)));
        Assert.Equal(0, nothing.Total);
    }
}

public class OwnedAuditTests(ErpFactory app) : IClassFixture<ErpFactory>
{
    [Fact]
    public async Task Owned_rows_are_audited_inside_their_owners_row()
    {
        var id = (await app.AsUserAsync("admin", sp => sp.GetRequiredService<Core.MasterData.Features.SaveCourier>().HandleAsync(new Core.MasterData.Features.CourierInput
        {
            Code = "AUD", Name = "审计快递", Reach = [new("西藏", Core.MasterData.ReachKind.Exclude)], Rates = [new(null, 1, 10, 5), new("湖北", 1, 6, 2)],
        }))).Value;

        await using var db = await app.DbAsync();
        var rows = await db.AuditEntries.Where(a => a.EntityKey == id.ToString() && a.EntityType == nameof(Core.MasterData.Courier)).ToListAsync();
        var added = Assert.Single(rows);
        using var changes = JsonDocument.Parse(added.Changes);
        Assert.Equal(2, changes.RootElement.GetProperty("Rates").GetProperty("after").GetArrayLength());
        Assert.Equal("540000", changes.RootElement.GetProperty("Reach").GetProperty("after")[0].GetProperty("RegionCode").GetString());
        Assert.False(changes.RootElement.TryGetProperty("Id", out _)); // no temporary key values in the log
        Assert.False(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Core.MasterData.FreightRate) || a.EntityType == nameof(Core.MasterData.ReachRule)));
    }

    /// <summary>The user and its roles are one change: when the roles cannot be written, the user is not left behind.</summary>
    [Fact]
    public async Task A_user_whose_roles_cannot_be_written_is_not_created()
    {
        await using var own = new ErpFactory();
        _ = own.Server;
        await own.AsUserAsync("admin", async sp =>
        {
            var roles = sp.GetRequiredService<Microsoft.AspNetCore.Identity.RoleManager<Microsoft.AspNetCore.Identity.IdentityRole>>();
            return await roles.DeleteAsync((await roles.FindByNameAsync(Role.Finance))!); // gone under the use case's feet
        });

        // Identity throws here (the role is gone); the user it had already written must go with the failed change.
        await Assert.ThrowsAsync<InvalidOperationException>(() => own.AsUserAsync("admin", sp => sp.GetRequiredService<CreateUser>().HandleAsync(new CreateUserInput
        {
            UserName = "halfway", DisplayName = "半途", Password = "secret-pass1", Roles = [Role.Finance],
        })));

        await using var db = await own.DbAsync();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "halfway"));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(ErpUser) && a.Changes.Contains("halfway")));
    }
}
