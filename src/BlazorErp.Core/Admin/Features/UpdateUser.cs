using BlazorErp.Core.Common;
using Microsoft.AspNetCore.Identity;

namespace BlazorErp.Core.Admin.Features;

/// <param name="ConcurrencyStamp">The stamp the admin's screen was loaded with: a stale edit is refused.</param>
public sealed record UpdateUserInput(string UserId, string DisplayName, IReadOnlyCollection<string> Roles, string ConcurrencyStamp);

/// <summary>Admin changes a user's display name and roles. An admin cannot take Admin away from themselves.</summary>
public sealed class UpdateUser(UserManagerScope users, CurrentUser currentUser)
{
    public async Task<Result> HandleAsync(UpdateUserInput input)
    {
        if (string.IsNullOrWhiteSpace(input.DisplayName)) return new Error("User.DisplayNameRequired");
        if (input.Roles.Count == 0) return new Error("User.RoleRequired");
        if (input.Roles.Except(Role.All).Any()) return new Error("User.UnknownRole");
        if (input.UserId == currentUser.UserId && !input.Roles.Contains(Role.Admin)) return Errors.CannotRemoveOwnAdmin;

        return await users.ChangeAsync(async manager =>
        {
            if (await manager.FindByIdAsync(input.UserId) is not { } user) return Errors.NotFound(input.UserId);
            if (user.ConcurrencyStamp != input.ConcurrencyStamp) return Errors.ConcurrencyConflict(null);

            user.DisplayName = input.DisplayName.Trim();
            var current = await manager.GetRolesAsync(user);
            // UpdateAsync checks the ConcurrencyStamp once more in the UPDATE itself.
            if (UserManagerScope.FirstError(await manager.UpdateAsync(user)) is { } updateError) return updateError;
            if (UserManagerScope.FirstError(await manager.RemoveFromRolesAsync(user, current.Except(input.Roles))) is { } removeError)
                return removeError;
            if (UserManagerScope.FirstError(await manager.AddToRolesAsync(user, input.Roles.Except(current))) is { } addError)
                return addError;
            // Role changes take effect at the user's next request, not at their next sign-in.
            await manager.UpdateSecurityStampAsync(user);
            return Result.Ok();
        });
    }
}
