using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.MasterData.Features;

public sealed record SupplierInput(long? Id, string Code, string Name, string? Contact, string? Phone, string? Address, string? Notes);

/// <summary>Creates or edits a supplier (供应商).</summary>
public sealed class SaveSupplier(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<Result<long>> HandleAsync(SupplierInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Code) || string.IsNullOrWhiteSpace(input.Name)) return new Error("Supplier.CodeNameRequired");
        if (!MasterCode.IsWellFormed(input.Code)) return new Error("Supplier.CodeInvalid");
        if (!string.IsNullOrWhiteSpace(input.Phone) && !PhoneNumber.IsValid(input.Phone)) return new Error("Phone.Invalid", input.Phone.Trim());
        await using var db = await contexts.CreateDbContextAsync();
        Supplier supplier;
        if (input.Id is { } id)
        {
            if (await db.Set<Supplier>().SingleOrDefaultAsync(s => s.Id == id) is not { } found) return Errors.NotFound("Supplier " + id);
            supplier = found;
        }
        else
        {
            var key = MasterCode.Key(input.Code);
            if (await db.Set<Supplier>().AnyAsync(s => s.Code.ToUpper() == key)) return new Error("Supplier.CodeTaken", input.Code.Trim());
            supplier = new Supplier(input.Code, input.Name);
            db.Add(supplier);
        }
        supplier.Update(input.Name, input.Contact, input.Phone, input.Address, input.Notes);
        await db.SaveChangesAsync();
        return supplier.Id;
    }
}

/// <summary>A customer as the form gives it; <paramref name="Version"/> is the one the form was filled from (edits only).</summary>
public sealed record CustomerInput(long? Id, Platform Platform, string BuyerNick, string? Name, CustomerCategory Category,
    string? MemberLevel, string? Notes, IReadOnlyList<CustomerAddress> Addresses, long Version = 0);

/// <summary>Creates or edits a customer (客户): one per platform and buyer nick, with an address book couriers can deliver to.</summary>
public sealed class SaveCustomer(IDbContextFactory<ErpDbContext> contexts)
{
    public async Task<Result<long>> HandleAsync(CustomerInput input)
    {
        if (string.IsNullOrWhiteSpace(input.BuyerNick)) return new Error("Customer.NickRequired");
        if (Customer.CheckAddresses(input.Addresses) is { } addressError) return addressError;
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Set<Customer>().AnyAsync(c => c.Platform == input.Platform && c.BuyerNick == input.BuyerNick.Trim() && c.Id != input.Id))
            return new Error("Customer.NickTaken", input.BuyerNick.Trim());
        Customer customer;
        if (input.Id is { } id)
        {
            if (await db.Set<Customer>().SingleOrDefaultAsync(c => c.Id == id) is not { } found) return Errors.NotFound("Customer " + id);
            if (found.Version != input.Version) return Errors.ConcurrencyConflict(null);
            customer = found;
        }
        else
        {
            customer = new Customer(input.Platform, input.BuyerNick);
            db.Add(customer);
        }
        customer.Update(input.Name, input.Category, input.MemberLevel, input.Notes);
        if (customer.SetAddresses(input.Addresses) is { Succeeded: false } refused) return refused.Error!;
        await db.SaveChangesAsync();
        return customer.Id;
    }
}
