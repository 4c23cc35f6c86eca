using System.CommandLine;
using Graph.Cli.Hosting;
using Graph.Cli.Output;
using Graph.Extraction.Evaluation;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph evaluate --gold GOLD.jsonl PATH...</c>: extracts the articles and scores the events
/// against annotated triples (the format of ANNOTATION.md); <c>--min-f1</c> makes it a CI gate.
/// </summary>
public static class EvaluateCommand
{
    /// <summary>Exit code when the typed F1 is below <c>--min-f1</c>.</summary>
    public const int BelowThreshold = 3;

    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var gold = new Option<string>("--gold") { Description = "Gold triples, one JSON object per line (see the annotation guide).", Required = true };
        var paths = new Argument<string[]>("PATH") { Description = "Article files or directories (read recursively).", Arity = ArgumentArity.OneOrMore };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List misses (MISS), false alarms (FALSE) and wrong dates (DATE)." };
        var minF1 = new Option<double?>("--min-f1") { Description = "Exit with code 3 when the typed F1 is below this value (0–1)." };
        var command = new Command("evaluate", "Score extraction against annotated triples: precision, recall, F1 (typed and actor pair), date accuracy, per type.")
        {
            gold, paths, verbose, minF1,
        };
        command.SetAction((parse, ct) => context.RunAsync(parse, async (services, token) =>
        {
            var threshold = parse.GetValue(minF1);
            if (threshold is < 0 or > 1)
            {
                throw new CliUsageException($"--min-f1 {threshold}: expected a value between 0 and 1.");
            }
            IReadOnlyList<GoldTriple> triples;
            try
            {
                triples = GoldFile.Read(parse.GetValue(gold)!);
            }
            catch (Exception ex) when (ex is FileNotFoundException or FormatException or IOException)
            {
                throw new CliUsageException($"--gold: {ex.Message}");
            }
            var predictions = new List<PredictedTriple>();
            var articles = new ArticleExtractions(services, context.Console);
            await foreach (var (path, extraction) in articles.ExtractAsync(parse.GetValue(paths) ?? [], token))
            {
                var file = Path.GetFileName(path);
                foreach (var e in extraction.Events)
                {
                    predictions.Add(new PredictedTriple(
                        file,
                        [e.Source.Name, e.Source.Id],
                        e.Type.ToString(),
                        e.Target is null ? [] : [e.Target.Name, e.Target.Id],
                        e.Date.Iso));
                }
            }
            var result = Scorer.Score(triples, predictions);
            await context.Console.Out.WriteAsync(Scorer.Format(result, parse.GetValue(verbose)));
            await context.Console.Out.FlushAsync(token);
            if (threshold is { } min && result.Typed.F1 < min)
            {
                await context.Console.Error.WriteLineAsync($"graph: typed F1 {result.Typed.F1:F3} is below --min-f1 {min:F3}");
                return BelowThreshold;
            }
            return articles.Failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        }, ct));
        return command;
    }
}
