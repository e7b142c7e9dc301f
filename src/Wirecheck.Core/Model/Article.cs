namespace Wirecheck.Core.Model;

using Wirecheck.Core.Text;

/// <summary>
/// The document every stage reads and annotates. <see cref="Text"/> is fixed at construction and never
/// changes: stages add layers whose ranges are half-open UTF-16 indices into it.
/// </summary>
public sealed class Article
{
    private readonly Dictionary<object, object> _data = new();
    private readonly HashSet<string> _assigned = new();

    public Article(string text, InputInfo input, SourceMap? sourceMap = null)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Input = input;
        SourceMap = sourceMap ?? SourceMap.Identity(text.Length);
    }

    public string Text { get; }
    public InputInfo Input { get; }
    public SourceMap SourceMap { get; }
    public ArticleMeta Meta { get; } = new();

    public List<Block> Blocks { get; } = new();
    public List<Repair> Repairs { get; } = new();
    public List<Removed> Removed { get; } = new();
    public List<string> Warnings { get; } = new();

    public List<Token> Tokens { get; } = new();
    public List<Sentence> Sentences { get; } = new();
    public List<EntityCandidate> EntityCandidates { get; } = new();
    public List<Entity> Entities { get; } = new();
    public List<Quote> Quotes { get; } = new();
    public List<NumberMention> Numbers { get; } = new();
    public List<TimeExpression> Times { get; } = new();
    public List<Claim> Claims { get; } = new();
    public List<Event> Events { get; } = new();

    /// <summary>Layers that some stage (or the extractor) has filled.</summary>
    public IReadOnlyCollection<string> AssignedLayers => _assigned;
    public void MarkAssigned(string layer) => _assigned.Add(layer);
    public bool IsAssigned(string layer) => _assigned.Contains(layer);

    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);
    public ReadOnlySpan<char> Slice(int start, int end) => Text.AsSpan(start, end - start);
    public string Covered(int start, int end) => Text.Substring(start, end - start);

    public void Set<T>(DataKey<T> key, T value) where T : notnull => _data[key] = value;
    public bool TryGet<T>(DataKey<T> key, out T value)
    {
        if (_data.TryGetValue(key, out var o)) { value = (T)o; return true; }
        value = default!;
        return false;
    }

    public Entity? FindEntity(string? id) => id is null ? null : Entities.Find(e => e.Id == id);
    public Quote? FindQuote(string? id) => id is null ? null : Quotes.Find(q => q.Id == id);
}
