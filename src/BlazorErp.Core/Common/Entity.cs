namespace BlazorErp.Core.Common;

/// <summary>
/// Base of every aggregate: a database identity and an optimistic-concurrency <see cref="Version"/>
/// that <see cref="ErpDbContext"/> bumps on every update, so a stale save fails instead of overwriting.
/// A plain counter (not SQL Server rowversion) keeps the token identical on SQLite and SQL Server.
/// </summary>
public abstract class Entity
{
    public long Id { get; protected set; }
    public long Version { get; private set; }
}
