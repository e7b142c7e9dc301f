namespace Wirecheck.Core.Model;

/// <summary>A typed key for per-document extras that are not part of the contract (as in Markdig).</summary>
public sealed class DataKey<T>
{
    public DataKey(string name) => Name = name;
    public string Name { get; }
    public override string ToString() => Name;
}
