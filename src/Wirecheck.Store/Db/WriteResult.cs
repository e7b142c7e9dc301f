namespace Wirecheck.Store.Db;

/// <summary>What happened to one article in a write batch.</summary>
public sealed record WriteResult(bool IsNew, long? Id, long? NearDuplicateOf, int? Distance);
