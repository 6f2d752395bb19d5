namespace BlazorErp.Core.Common;

/// <summary>Replacing the rows an aggregate owns (a courier's rates, a SKU's barcodes, a customer's addresses).</summary>
public static class OwnedRows
{
    /// <summary>
    /// Takes the new rows only when they differ (value equality, in order). A save that changed nothing must stay
    /// nothing: new-but-equal rows would delete and re-insert every row, bump the owner's Version and write an audit row.
    /// </summary>
    /// <returns>Whether the rows changed.</returns>
    public static bool Replace<T>(ref List<T> current, List<T> next)
    {
        if (current.SequenceEqual(next)) return false;
        current = next;
        return true;
    }
}
