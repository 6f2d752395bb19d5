using BlazorErp.Core.Common;
using BlazorErp.Core.Localization;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace BlazorErp.Core.Admin.Features;

public sealed record CreateUserInput
{
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Password { get; set; } = "";
    public IReadOnlyCollection<string> Roles { get; set; } = [];
    public string Culture { get; set; } = UiCultures.Default;
}

public sealed class CreateUserValidator : AbstractValidator<CreateUserInput>
{
    public CreateUserValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.UserName).NotEmpty().MaximumLength(64)
            .Matches(@"^[\p{L}\p{N}._-]+$").WithMessage(l["User.UserNameChars"])
            .WithName(l["Field.UserName"]);
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(32).WithName(l["Field.DisplayName"]);
        RuleFor(x => x.Password).NotEmpty().WithName(l["Field.Password"]);
        RuleFor(x => x.Roles).NotEmpty().WithMessage(l["User.RoleRequired"]);
        RuleForEach(x => x.Roles).Must(r => Role.All.Contains(r)).WithMessage(l["User.UnknownRole"]);
        RuleFor(x => x.Culture).Must(c => UiCultures.Supported.Contains(c)).WithName(l["Field.Language"]);
    }
}

/// <summary>Admin creates a member of staff with roles; the password must pass the sign-in policy.</summary>
public sealed class CreateUser(UserManagerScope users, CreateUserValidator validator)
{
    public async Task<Result<string>> HandleAsync(CreateUserInput input)
    {
        var validation = await validator.ValidateAsync(input);
        if (!validation.IsValid) return new Error("Validation.Failed", validation.Errors[0].ErrorMessage);

        return await users.ChangeAsync<string>(async manager =>
        {
            var user = new ErpUser
            {
                UserName = input.UserName.Trim(),
                DisplayName = input.DisplayName.Trim(),
                Culture = input.Culture,
                LockoutEnabled = true,
            };
            if (UserManagerScope.FirstError(await manager.CreateAsync(user, input.Password)) is { } createError)
                return createError;
            if (UserManagerScope.FirstError(await manager.AddToRolesAsync(user, input.Roles)) is { } roleError)
                return roleError;
            return user.Id;
        });
    }
}
