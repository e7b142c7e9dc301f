namespace Wirecheck.Nlp.Entities;

using Wirecheck.Core.Model;

/// <summary>
/// How the resolver chooses among overlapping candidates from the recognizer layers. A named, swappable
/// choice (spaCy's SpanRuler filters): the resolver is given one.
/// </summary>
public interface IConflictPolicy
{
    string Name { get; }

    /// <summary>Returns non-overlapping candidates, in text order.</summary>
    List<EntityCandidate> Select(IReadOnlyList<EntityCandidate> candidates);
}
