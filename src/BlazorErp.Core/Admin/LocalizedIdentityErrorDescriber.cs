using BlazorErp.Core.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace BlazorErp.Core.Admin;

/// <summary>Identity's password and user-name errors in the user's language (Strings "Identity.*").</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<Strings> l) : IdentityErrorDescriber
{
    private IdentityError Describe(string code, params object[] args) => new() { Code = code, Description = l["Identity." + code, args] };

    public override IdentityError DefaultError() => Describe(nameof(DefaultError));
    public override IdentityError ConcurrencyFailure() => Describe(nameof(ConcurrencyFailure));
    public override IdentityError PasswordMismatch() => Describe(nameof(PasswordMismatch));
    public override IdentityError InvalidUserName(string? userName) => Describe(nameof(InvalidUserName), userName ?? "");
    public override IdentityError DuplicateUserName(string userName) => Describe(nameof(DuplicateUserName), userName);
    public override IdentityError PasswordTooShort(int length) => Describe(nameof(PasswordTooShort), length);
    public override IdentityError PasswordRequiresDigit() => Describe(nameof(PasswordRequiresDigit));
    public override IdentityError PasswordRequiresLower() => Describe(nameof(PasswordRequiresLower));
    public override IdentityError PasswordRequiresUpper() => Describe(nameof(PasswordRequiresUpper));
    public override IdentityError PasswordRequiresNonAlphanumeric() => Describe(nameof(PasswordRequiresNonAlphanumeric));
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Describe(nameof(PasswordRequiresUniqueChars), uniqueChars);
    public override IdentityError UserAlreadyInRole(string role) => Describe(nameof(UserAlreadyInRole), role);
    public override IdentityError UserNotInRole(string role) => Describe(nameof(UserNotInRole), role);
}
