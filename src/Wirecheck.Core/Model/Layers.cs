namespace Wirecheck.Core.Model;

/// <summary>Names of the annotation layers that stages declare they require or assign.</summary>
public static class Layers
{
    public const string Text = "text";
    public const string Blocks = "blocks";
    public const string Meta = "meta";
    public const string Tokens = "tokens";
    public const string Sentences = "sentences";
    public const string EntityCandidates = "entity-candidates";
    public const string Entities = "entities";
    public const string Geo = "geo";
    public const string Quotes = "quotes";
    public const string Numbers = "numbers";
    public const string Times = "times";
    public const string Claims = "claims";
    public const string Checkworthiness = "checkworthiness";
    public const string Events = "events";
}
