namespace Wirecheck.Nlp.Checkworthiness;

/// <summary>One labelled sentence of the check-worthiness data.</summary>
public sealed record CheckworthyExample(string Id, string Text, bool Label);
