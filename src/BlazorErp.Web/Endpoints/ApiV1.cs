using BlazorErp.Core.Orders;
using BlazorErp.Core.Orders.Features;
using BlazorErp.Web.Security;
using System.Security.Claims;

namespace BlazorErp.Web.Endpoints;

/// <summary>The open API for integrations (旺店通-style). Every route is API-key authenticated and in the AccessMatrix.</summary>
public static class ApiV1
{
    public static RouteGroupBuilder MapApiV1(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .WithAccessMatrix(ApiKeyAuthenticationHandler.SchemeName)
            .WithTags("v1");

        api.MapGet("/me", (ClaimsPrincipal caller) => TypedResults.Ok(new ApiCallerInfo(caller.Identity!.Name!["api:".Length..])))
            .WithSummary("The integration the API key belongs to")
            .Produces<ApiError>(StatusCodes.Status401Unauthorized);

        api.MapGet("/orders", async (string? status, long? shopId, long? tid, DateTime? modifiedSinceUtc, int? page, int? pageSize, ApiOrders orders) =>
            {
                if (status is not null && !Enum.TryParse<OrderStatus>(status, ignoreCase: true, out _))
                    return Results.BadRequest(new ApiError("Api.StatusInvalid", $"status must be one of {string.Join(", ", Enum.GetNames<OrderStatus>())}"));
                return Results.Ok(await orders.ListAsync(status is null ? null : Enum.Parse<OrderStatus>(status, true), shopId, tid, modifiedSinceUtc,
                    page ?? 1, pageSize ?? 50));
            })
            .WithSummary("Orders, newest first; filter by status, shop, platform trade id, or modified since (UTC)")
            .Produces<ApiOrderPage>();

        api.MapGet("/orders/{id:long}", async (long id, ApiOrders orders) =>
                await orders.GetAsync(id) is { } order ? Results.Ok(order) : Results.NotFound(new ApiError("Api.OrderNotFound", $"order {id} does not exist")))
            .WithSummary("One order with its lines and status")
            .Produces<ApiOrder>()
            .Produces<ApiError>(StatusCodes.Status404NotFound);

        api.MapPost("/orders", async (ManualOrderInput input, CreateManualOrder create, Microsoft.Extensions.Localization.IStringLocalizer<Core.Localization.Strings> l) =>
            {
                var result = await create.HandleAsync(input);
                return result.Succeeded
                    ? Results.Created($"/api/v1/orders/{result.Value}", new { id = result.Value })
                    : Results.BadRequest(new ApiError(result.Error!.Code, Core.Localization.StringsExtensions.Message(l, result.Error)));
            })
            .WithSummary("Create a manual or distributor order (same validation as 手工建单); lines by merchant code or barcode")
            .Produces(StatusCodes.Status201Created)
            .Produces<ApiError>(StatusCodes.Status400BadRequest);
        return api;
    }
}

public sealed record ApiCallerInfo(string Integration);
