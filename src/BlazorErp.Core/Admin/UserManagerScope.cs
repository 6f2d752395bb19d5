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

    internal static Error? FirstError(IdentityResult result) =>
        result.Succeeded ? null : new Error("Identity.Failed", result.Errors.First().Description);
}
