using FluentValidation;

namespace BlazorErp.Web.Components.Shared;

public static class FluentValidationAdapter
{
    /// <summary>
    /// Lets a MudForm run a Core validator field by field (MudForm's <c>Validation</c> + each field's <c>For</c>),
    /// so the form shows the same messages the handler would refuse with.
    /// </summary>
    public static Func<object, string, Task<IEnumerable<string>>> ForMudForm<T>(this IValidator<T> validator) =>
        async (model, propertyName) =>
        {
            var context = ValidationContext<T>.CreateWithOptions((T)model, o => o.IncludeProperties(propertyName));
            var result = await validator.ValidateAsync(context);
            return result.Errors.Select(e => e.ErrorMessage);
        };
}
