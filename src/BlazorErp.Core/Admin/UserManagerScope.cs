using BlazorErp.Core.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorErp.Core.Admin;

/// <summary>
/// Runs Identity work in a fresh DI scope, so <see cref="UserManager{TUser}"/> gets a fresh DbContext per
/// operation even inside a long-lived Blazor circuit. The acting user is carried into the scope for the audit.
/// </summary>
public sealed class UserManagerScope(IServiceScopeFactory scopes, CurrentUser currentUser)
{
    public async Task<T> RunAsync<T>(Func<UserManager<ErpUser>, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = currentUser.Principal;
        return await work(scope.ServiceProvider.GetRequiredService<UserManager<ErpUser>>());
    }

    /// <summary>
    /// Several Identity writes as one change (a user and its roles, a password and its unlock): committed only when the
    /// work succeeds, so a failing second step never leaves the first behind.
    /// </summary>
    public Task<Result> ChangeAsync(Func<UserManager<ErpUser>, Task<Result>> work) => InOneTransactionAsync(work, r => r.Succeeded);

    public Task<Result<T>> ChangeAsync<T>(Func<UserManager<ErpUser>, Task<Result<T>>> work) => InOneTransactionAsync(work, r => r.Succeeded);

    private async Task<T> InOneTransactionAsync<T>(Func<UserManager<ErpUser>, Task<T>> work, Func<T, bool> succeeded)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = currentUser.Principal;
        // The same scoped context Identity's stores write through.
        var db = scope.ServiceProvider.GetRequiredService<ErpDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await work(scope.ServiceProvider.GetRequiredService<UserManager<ErpUser>>());
        if (succeeded(result)) await transaction.CommitAsync();
        return result;
    }

    internal static Error? FirstError(IdentityResult result) =>
        result.Succeeded ? null : new Error("Identity.Failed", result.Errors.First().Description);
}
