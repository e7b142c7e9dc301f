namespace Wirecheck.Nlp.Quotes;

/// <summary>Closed-class English words the attribution rules look at (function words, not a lexicon to tune).</summary>
internal static class WordLists
{
    public static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "is", "was", "were", "are", "am", "be", "been", "being", "will", "would", "did", "does", "do",
        "could", "may", "might", "must", "should", "can", "not", "n't", "never", "wo", "ca", "sha", "’t", "'t",
    };

    /// <summary>Headline labels before a colon that announce the story, not a speaker ("Breaking: …", "Exclusive: …").</summary>
    public static readonly HashSet<string> HeadlineKickers = new(StringComparer.Ordinal)
    {
        "breaking", "breaking news", "exclusive", "revealed", "watch", "video", "photos", "wow", "look", "bombshell",
        "update", "updated", "just in", "just leaked", "live", "analysis", "opinion", "editorial", "review", "explainer",
        "fact check", "fact-check", "correction", "report card", "the latest", "must see", "must watch", "listen",
    };

    public static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "also", "later", "then", "now", "previously", "repeatedly", "further", "again", "once", "already", "still",
        "recently", "first", "reportedly", "just", "often", "long", "since", "even", "ever", "too",
    };

    /// <summary>Words that end a source noun phrase when walking left from a cue.</summary>
    public static readonly HashSet<string> LeftBoundaries = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "whom", "whose", "what", "when", "while", "because", "as", "but", "if", "after", "before",
        "since", "although", "though", "where", "so", "then", "than", "whether", "or", "nor", "yet", "how", "why",
        "in", "at", "from", "with", "during", "to", "by", "under", "into", "over", "about", "against", "among",
        "through", "without", "within", "across", "upon", "toward", "towards", "like", "once", "until", "unless",
        "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "not", "do", "does", "did",
        "it's", "there", "here", "also", "please", "let",
    };

    public static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal)
    {
        "he", "she", "they", "it", "we", "i", "you", "who", "which", "that",
    };

    public static readonly HashSet<string> ObjectPronouns = new(StringComparer.Ordinal)
    {
        "me", "him", "her", "us", "them", "you", "reporters", "journalists", "lawmakers", "supporters", "voters", "everyone",
    };

    public static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "such", "another",
    };

    public static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "earlier", "recently", "publicly", "privately", "again", "also", "later", "separately", "then", "now", "once",
    };

    public static readonly HashSet<string> MediumNouns = new(StringComparer.Ordinal)
    {
        "statement", "interview", "tweet", "post", "email", "e-mail", "letter", "speech", "release", "video", "op-ed",
        "message", "briefing", "conference", "call", "appearance", "memo", "report", "filing", "blog",
    };

    /// <summary>Particles that belong to the cue ("called for", "talked about", "pointed out").</summary>
    public static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "for", "about", "out", "of", "on" };

    /// <summary>Nouns ending in -ly that are not adverbs.</summary>
    public static readonly HashSet<string> LyNouns = new(StringComparer.Ordinal)
    {
        "family", "ally", "rally", "assembly", "supply", "july", "italy", "anomaly", "monopoly", "reply", "apply", "belly",
        "bully", "folly", "jelly", "lily", "emily", "kelly", "holly", "sally", "molly", "beverly", "kimberly", "daly",
        "reilly", "o'reilly", "riley", "shelly", "wholly", "italy", "ply", "fly",
    };

    /// <summary>Verbs that take an infinitive cue as part of it ("continues to describe", "refused to say").</summary>
    public static readonly HashSet<string> ControlVerbs = new(StringComparer.Ordinal)
    {
        "continue", "continues", "continued", "continuing", "want", "wants", "wanted", "refuse", "refuses", "refused",
        "decline", "declines", "declined", "plan", "plans", "planned", "try", "tries", "tried", "seek", "seeks", "sought",
        "hope", "hopes", "hoped", "expect", "expects", "expected", "promise", "promises", "promised", "vow", "vows",
        "vowed", "threaten", "threatens", "threatened", "agree", "agrees", "agreed", "decide", "decides", "decided",
        "move", "moved", "begin", "began", "begun", "start", "started", "fail", "failed", "went", "go", "goes", "used",
        "appear", "appears", "appeared", "seem", "seems", "seemed", "like", "likes", "liked", "need", "needs", "needed",
        "wish", "wished", "intend", "intends", "intended", "urged", "asked", "called", "rushed", "sought", "pledged",
    };

    /// <summary>Verb forms that are as often nouns ("the United States", "a series of tweets", "raising questions").</summary>
    public static readonly HashSet<string> AmbiguousLemmas = new(StringComparer.Ordinal)
    {
        "state", "tweet", "post", "comment", "call", "question", "answer", "promise", "demand", "estimate", "note",
        "report", "claim", "view", "praise", "blame", "counter", "signal", "reply", "respond", "remark", "caution", "testify",
        "show", "add", "doubt", "fear", "hope", "worry", "joke", "quip", "boast", "brag", "tout", "pledge", "vow", "threaten",
        "support", "plan", "back", "push", "favor", "aim", "attack", "challenge", "voice", "echo", "hint", "label", "quote",
        "chant", "shout", "point", "talk", "sense", "email", "advocate", "decline", "refuse", "blast", "slam", "rail", "dub", "hail",
        "mock", "wonder", "guess", "notice", "plead", "retweet",
    };

    /// <summary>Prepositions after which a noun-shaped cue word is a noun ("plans of", "for shows that").</summary>
    public static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "of", "for", "with", "in", "on", "about", "from", "by", "at", "into", "over", "under", "against", "without", "to", "as",
    };

    public static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "we", "our", "us", "ours", "ourselves", "my", "me", "myself", "i" };

    public static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "st", "jr", "sr", "prof", "rev",
        "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "etc", "mt", "ft",
        "pres", "capt", "cmdr", "adm", "maj", "supt", "det", "insp", "atty", "u.s", "e.g", "i.e", "a.m", "p.m",
    };
}
