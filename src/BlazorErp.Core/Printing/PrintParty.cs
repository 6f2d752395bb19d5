namespace BlazorErp.Core.Printing;

/// <summary>A receiver or sender as printed: the address in one line (province city district street).</summary>
public sealed record PrintParty(string Name, string Phone, string Address);
