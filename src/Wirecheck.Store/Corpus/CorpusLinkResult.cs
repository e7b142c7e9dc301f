namespace Wirecheck.Store.Corpus;

using Wirecheck.Store.Embeddings;

/// <summary>What the cross-article pass of an ingest did: claim vectors (none without an encoder), the corpus tables, times.</summary>
public sealed record CorpusLinkResult(ClaimEmbeddingStats? Embedding, TimeSpan ModelLoad, CorpusResult Corpus, TimeSpan LinkElapsed);
