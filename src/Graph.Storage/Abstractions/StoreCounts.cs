namespace Graph.Storage.Abstractions;

public sealed record StoreCounts(long Articles, long Actors, long Events, long Mentions);
