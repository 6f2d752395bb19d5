using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace BlazorErp.Core.Admin.Features;

public sealed record DemoAccount(string UserName, string DisplayName, string Role);

/// <summary>
/// Start-up seeding: the six roles always exist; a Development database with no users gets one demo
/// account per role (listed in the README). A production database gets its first admin only when an
/// initial password is configured, so no known password ever reaches production.
/// </summary>
public sealed class SeedIdentity(UserManagerScope users, RoleManager<IdentityRole> roles, ILogger<SeedIdentity> logger)
{
    public const string DemoPassword = "Demo@2026";

    public static readonly IReadOnlyList<DemoAccount> DemoAccounts =
    [
        new("admin", "王芳", Role.Admin),
        new("reviewer", "张三", Role.ReviewClerk),
        new("reviewer2", "李娜", Role.ReviewClerk),
        new("warehouse", "李四", Role.Warehouse),
        new("aftersales", "赵敏", Role.AfterSales),
        new("finance", "钱进", Role.Finance),
        new("manager", "孙经理", Role.Manager),
    ];

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Role.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
    }

    public Task<bool> SeedDemoAccountsAsync() => SeedWhenEmptyAsync(DemoAccounts, DemoPassword);

    public Task<bool> SeedFirstAdminAsync(string initialPassword) =>
        SeedWhenEmptyAsync([new DemoAccount("admin", "管理员", Role.Admin)], initialPassword);

    private Task<bool> SeedWhenEmptyAsync(IReadOnlyList<DemoAccount> accounts, string password) =>
        users.RunAsync(async manager =>
        {
            if (manager.Users.Any()) return false;
            foreach (var account in accounts)
            {
                var user = new ErpUser { UserName = account.UserName, DisplayName = account.DisplayName, LockoutEnabled = true };
                var created = await manager.CreateAsync(user, password);
                if (!created.Succeeded)
                    throw new InvalidOperationException($"Seeding user '{account.UserName}' failed: {created.Errors.First().Description}");
                await manager.AddToRoleAsync(user, account.Role);
            }
            logger.LogInformation("Seeded {Count} user accounts", accounts.Count);
            return true;
        });
}
