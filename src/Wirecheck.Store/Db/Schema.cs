namespace Wirecheck.Store.Db;

/// <summary>
/// The schema as an ordered list of migrations. Portable DDL: <c>{id}</c>, <c>{int}</c>, <c>{real}</c> and
/// <c>{blob}</c> are filled by the dialect. Never edit a released migration; add a new one.
/// </summary>
public static class Schema
{
    public static IReadOnlyList<Migration> Migrations { get; } = new[]
    {
        new Migration(1, "articles and per-article layers", d =>
        {
            var list = new List<string>
            {
                d.Ddl("""
                CREATE TABLE articles (
                  id {id},
                  url_key TEXT NOT NULL,
                  content_hash TEXT NOT NULL,
                  text_hash TEXT NOT NULL,
                  url TEXT, path TEXT, title TEXT, site TEXT, published TEXT,
                  ingested_at TEXT NOT NULL,
                  raw_kind TEXT NOT NULL,
                  raw {blob} NOT NULL,
                  raw_size {int} NOT NULL,
                  analysis {blob} NOT NULL,
                  pipeline_version TEXT NOT NULL,
                  text_length {int} NOT NULL,
                  simhash {int} NOT NULL,
                  sh0 {int} NOT NULL, sh1 {int} NOT NULL, sh2 {int} NOT NULL, sh3 {int} NOT NULL,
                  near_dup_of {int},
                  near_dup_distance {int},
                  UNIQUE (url_key, content_hash))
                """),
                "CREATE INDEX ix_articles_text_hash ON articles(text_hash)",
                "CREATE INDEX ix_articles_sh0 ON articles(sh0)",
                "CREATE INDEX ix_articles_sh1 ON articles(sh1)",
                "CREATE INDEX ix_articles_sh2 ON articles(sh2)",
                "CREATE INDEX ix_articles_sh3 ON articles(sh3)",
                "CREATE INDEX ix_articles_published ON articles(published)",
                d.Ddl("""
                CREATE TABLE entities (
                  id {id}, article_id {int} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                  local_id TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT,
                  titles TEXT, country TEXT, geonameid {int}, lat {real}, lon {real},
                  mention_count {int} NOT NULL, first_start {int}, first_end {int},
                  corpus_entity_id {int})
                """),
                "CREATE INDEX ix_entities_article ON entities(article_id)",
                "CREATE INDEX ix_entities_corpus ON entities(corpus_entity_id)",
                d.Ddl("""
                CREATE TABLE quotes (
                  id {id}, article_id {int} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                  local_id TEXT NOT NULL, kind TEXT NOT NULL, speaker_local TEXT, speaker_name TEXT,
                  source_text TEXT, cue TEXT, cue_lemma TEXT,
                  content TEXT NOT NULL, content_start {int} NOT NULL, content_end {int} NOT NULL,
                  confidence {real})
                """),
                "CREATE INDEX ix_quotes_article ON quotes(article_id)",
                d.Ddl("""
                CREATE TABLE claims (
                  id {id}, article_id {int} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                  local_id TEXT NOT NULL, text TEXT NOT NULL, span_start {int} NOT NULL, span_end {int} NOT NULL,
                  quantity_text TEXT, value {real}, qmin {real}, qmax {real}, min_inclusive {int}, max_inclusive {int},
                  hedge TEXT, approximate {int}, unit TEXT, object TEXT, predicate TEXT,
                  time_from TEXT, time_to TEXT, place_name TEXT, attributed_quote TEXT, speaker_name TEXT,
                  cluster_id {int})
                """),
                "CREATE INDEX ix_claims_article ON claims(article_id)",
                "CREATE INDEX ix_claims_cluster ON claims(cluster_id)",
                d.Ddl("""
                CREATE TABLE events (
                  id {id}, article_id {int} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                  local_id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT,
                  trigger_text TEXT NOT NULL, trigger_start {int} NOT NULL, trigger_end {int} NOT NULL,
                  actors TEXT, recipients TEXT, location_name TEXT, date TEXT,
                  negated {int} NOT NULL, hypothetical {int} NOT NULL, future {int} NOT NULL, attributed_quote TEXT)
                """),
                "CREATE INDEX ix_events_article ON events(article_id)",
            };
            list.AddRange(d.CreateFullText());
            return list;
        }),
        new Migration(2, "cross-article tables", d => new[]
        {
            d.Ddl("CREATE TABLE corpus_entities (id {int} PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, mention_count {int} NOT NULL, article_count {int} NOT NULL)"),
            "CREATE INDEX ix_corpus_entities_name ON corpus_entities(name)",
            d.Ddl("CREATE TABLE corpus_aliases (corpus_entity_id {int} NOT NULL, alias TEXT NOT NULL, count {int} NOT NULL, PRIMARY KEY (corpus_entity_id, alias))"),
            "CREATE INDEX ix_corpus_aliases_alias ON corpus_aliases(alias)",
            d.Ddl("CREATE TABLE stories (id {int} PRIMARY KEY, label TEXT NOT NULL, first_published TEXT, last_published TEXT, article_count {int} NOT NULL)"),
            d.Ddl("CREATE TABLE story_members (story_id {int} NOT NULL, article_id {int} NOT NULL, PRIMARY KEY (story_id, article_id))"),
            d.Ddl("CREATE TABLE claim_clusters (id {int} PRIMARY KEY, label TEXT NOT NULL, object TEXT, predicate TEXT, claim_count {int} NOT NULL, outlet_count {int} NOT NULL, story_id {int})"),
            d.Ddl("""
            CREATE TABLE conflicts (
              id {int} PRIMARY KEY, kind TEXT NOT NULL, cluster_id {int},
              claim_a {int}, claim_b {int}, article_a {int}, article_b {int}, description TEXT NOT NULL)
            """),
            "CREATE TABLE corpus_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        }),
        new Migration(3, "claim sentence vectors", d => new[]
        {
            // int8 MiniLM vector of the claim's text (Embeddings.VectorPacking), NULL until embedded
            d.Ddl("ALTER TABLE claims ADD COLUMN embedding {blob}"),
            "CREATE INDEX ix_claims_unembedded ON claims(id) WHERE embedding IS NULL",
        }),
    };

    public static int LatestVersion => Migrations[^1].Version;
}
