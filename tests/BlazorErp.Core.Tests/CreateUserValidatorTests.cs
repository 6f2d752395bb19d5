using System.Globalization;
using BlazorErp.Core.Admin;
using BlazorErp.Core.Admin.Features;

namespace BlazorErp.Core.Tests;

public class CreateUserValidatorTests
{
    private static CreateUserInput Valid() => new()
    {
        UserName = "zhangsan", DisplayName = "张三", Password = "secret123", Roles = [Role.ReviewClerk],
    };

    private static IReadOnlyList<string> ErrorsOf(CreateUserInput input, string culture = "zh-CN")
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return new CreateUserValidator(TestLocalizer.Create()).Validate(input).Errors.Select(e => e.ErrorMessage).ToList();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void A_complete_input_is_valid() => Assert.Empty(ErrorsOf(Valid()));

    [Fact]
    public void A_user_name_with_a_space_is_refused_with_a_Chinese_message()
    {
        var errors = ErrorsOf(Valid() with { UserName = "zhang san" });
        Assert.Contains("用户名只能包含文字（中文或字母）、数字和 . _ -", errors);
    }

    [Fact]
    public void Missing_fields_are_named_in_Chinese()
    {
        var errors = ErrorsOf(Valid() with { DisplayName = "" });
        Assert.Single(errors);
        Assert.Contains("姓名", errors[0]);
    }

    [Fact]
    public void Messages_follow_the_UI_culture()
    {
        var errors = ErrorsOf(Valid() with { Roles = [] }, "en-US");
        Assert.Equal(["Choose at least one role"], errors);
    }

    [Fact]
    public void An_unknown_role_or_language_is_refused()
    {
        Assert.NotEmpty(ErrorsOf(Valid() with { Roles = ["Superuser"] }));
        Assert.NotEmpty(ErrorsOf(Valid() with { Culture = "fr-FR" }));
    }
}
