namespace Wirecheck.Nlp.Quotes;

/// <summary>The grammatical gender an article shows for a person (<see cref="EntityGender"/>), for pronoun resolution.</summary>
public enum PersonGender { Unknown, Male, Female }
