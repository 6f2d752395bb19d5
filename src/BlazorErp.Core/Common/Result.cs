namespace BlazorErp.Core.Common;

/// <summary>
/// A business error: a stable code (also the localization key, so Core stays language-free) plus
/// arguments for the message, e.g. <c>new Error("ApiKey.NameTaken", "WMS")</c>.
/// </summary>
public sealed record Error(string Code, params object[] Args)
{
    public override string ToString() => Args.Length == 0 ? Code : $"{Code}({string.Join(", ", Args)})";
}

public readonly record struct Result(Error? Error)
{
    public bool Succeeded => Error is null;
    public static Result Ok() => new(null);
    public static Result Fail(Error error) => new(error);
    public static implicit operator Result(Error error) => new(error);
}

public readonly record struct Result<T>(T? Value, Error? Error)
{
    public bool Succeeded => Error is null;
    public static implicit operator Result<T>(T value) => new(value, null);
    public static implicit operator Result<T>(Error error) => new(default, error);
}
