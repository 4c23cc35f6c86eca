using System.CommandLine;
using Graph.Cli.Hosting;
using Graph.Cli.Output;
using Graph.Domain.Events;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;
using Graph.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary><c>graph ingest PATH...</c>: extracts and stores, one transaction per article.</summary>
public static class IngestCommand
{
    private const int WriteGroupSize = 64;

    public sealed record Summary(int Articles, int Skipped, int Failed, int Events, int Mentions, int NewActors);

    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var paths = new Argument<string[]>("PATH") { Description = "Article files or directories (read recursively).", Arity = ArgumentArity.OneOrMore };
        var show = new Option<bool>("--show") { Description = "After ingesting, print the stored events of the articles read." };
        var command = new Command("ingest", "Extract triples from articles and write them to the store (idempotent: re-ingesting changes nothing).") { paths, show };
        command.SetAction((parse, ct) => context.RunAsync(parse, async (services, token) =>
        {
            var store = services.GetRequiredService<IGraphStore>();
            await store.InitializeAsync(token);
            var loader = services.GetRequiredService<IArticleLoader>();
            var extractor = services.GetRequiredService<IEventExtractor>();
            var files = loader.EnumerateFiles(parse.GetValue(paths) ?? []).ToList();
            var missing = (parse.GetValue(paths) ?? []).Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();

            var summary = new Summary(0, 0, missing.Count, 0, 0, 0);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in missing)
            {
                await context.Console.Error.WriteLineAsync($"graph: {path}: no such file or directory");
            }

            // Stores that take batches get articles in groups: one transaction (for Neo4j, one set of
            // round trips) per group instead of per article. A group that fails stops the run as a
            // single article would; nothing of it is stored, so running again picks it up.
            var pending = new List<ArticleExtraction>();
            var groupSize = store is IBatchGraphStore ? WriteGroupSize : 1;

            async Task FlushAsync()
            {
                if (pending.Count == 0) return;
                IReadOnlyList<StoreWriteResult> results = store is IBatchGraphStore batch
                    ? await batch.WriteBatchAsync(pending, token)
                    : [await store.WriteAsync(pending[0], token)];
                pending.Clear();
                foreach (var written in results)
                {
                    summary = written.ArticleAdded
                        ? summary with
                        {
                            Articles = summary.Articles + 1,
                            Events = summary.Events + written.EventsAdded,
                            Mentions = summary.Mentions + written.MentionsAdded,
                            NewActors = summary.NewActors + written.ActorsAdded,
                        }
                        : summary with { Skipped = summary.Skipped + 1 };
                }
            }

            async Task IngestAllAsync(Action<string>? onFile)
            {
                foreach (var file in files)
                {
                    token.ThrowIfCancellationRequested();
                    onFile?.Invoke(file);
                    foreach (var read in loader.LoadFile(file, token))
                    {
                        if (read.Article is not { } article)
                        {
                            summary = summary with { Failed = summary.Failed + 1 };
                            await context.Console.Error.WriteLineAsync($"graph: {read.Error}");
                            continue;
                        }
                        seen.Add(article.Id);
                        if (await store.ContainsArticleAsync(article.Id, token))
                        {
                            summary = summary with { Skipped = summary.Skipped + 1 };
                            continue;
                        }
                        pending.Add(extractor.Extract(article, token));
                        if (pending.Count >= groupSize) await FlushAsync();
                    }
                }
                await FlushAsync();
            }

            if (context.Console.IsInteractive && files.Count > 1)
            {
                await context.Console.Ansi.Progress().AutoClear(true).StartAsync(async progress =>
                {
                    var task = progress.AddTask("ingesting", maxValue: files.Count);
                    await IngestAllAsync(file =>
                    {
                        task.Description = Markup.Escape(Path.GetFileName(file));
                        task.Increment(1);
                    });
                });
            }
            else
            {
                await IngestAllAsync(null);
            }

            await context.Console.Out.WriteLineAsync(
                $"Ingested into {store.Description}: {summary.Articles} articles, {summary.Events} new events " +
                $"({summary.Mentions} mentions), {summary.NewActors} new actors; {summary.Skipped} skipped (already stored), {summary.Failed} failed.");
            var counts = await store.CountAsync(token);
            await context.Console.Out.WriteLineAsync(
                $"The store now holds {counts.Articles} articles, {counts.Actors} actors, {counts.Events} events, {counts.Mentions} mentions. See them with: graph events");
            if (parse.GetValue(show))
            {
                var snapshot = await store.ReadSnapshotAsync(SnapshotFilter.All, token);
                var events = snapshot.Events
                    .Where(e => e.Mentions.Any(m => seen.Contains(m.ArticleId)))
                    .OrderBy(e => e.Date).ThenBy(e => e.Source.Name, StringComparer.Ordinal)
                    .ToList();
                var table = EventTable.Create(withFile: false, explain: false);
                foreach (var e in events) EventTable.AddRow(table, e, null, explain: false);
                context.Console.Ansi.Write(table);
            }
            return summary.Failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        }, ct));
        return command;
    }
}
