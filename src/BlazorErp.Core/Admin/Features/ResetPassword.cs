using BlazorErp.Core.Common;

namespace BlazorErp.Core.Admin.Features;

/// <summary>
/// Admin sets a new password for a user. It also lifts a lockout: after five wrong passwords the
/// admin's reset is how a clerk gets back in before the lockout expires.
/// </summary>
public sealed class ResetPassword(UserManagerScope users)
{
    public Task<Result> HandleAsync(string userId, string newPassword) =>
        users.ChangeAsync(async manager =>
        {
            if (await manager.FindByIdAsync(userId) is not { } user) return Errors.NotFound(userId);
            var token = await manager.GeneratePasswordResetTokenAsync(user);
            if (UserManagerScope.FirstError(await manager.ResetPasswordAsync(user, token, newPassword)) is { } error) return error;
            await manager.SetLockoutEndDateAsync(user, null);
            await manager.ResetAccessFailedCountAsync(user);
            return Result.Ok();
        });
}
