namespace Wirecheck.Store.Db;

/// <summary>A query result for printing as text, JSON or CSV: named columns and rows of plain values.</summary>
public sealed record ResultTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);
