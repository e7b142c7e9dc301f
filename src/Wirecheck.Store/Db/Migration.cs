namespace Wirecheck.Store.Db;

/// <summary>One schema step: applied once, in version order, and recorded in <c>schema_migrations</c>.</summary>
public sealed record Migration(int Version, string Name, Func<ISqlDialect, IReadOnlyList<string>> Statements);
