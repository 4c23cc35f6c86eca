using System.CommandLine;
using Graph.Cli.Hosting;
using Graph.Cli.Output;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Cli.Commands;

/// <summary><c>graph extract PATH...</c>: prints the events found in articles, storing nothing.</summary>
public static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var paths = new Argument<string[]>("PATH") { Description = "Article files or directories (read recursively).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "jsonl (one event per line) or table.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var explain = new Option<bool>("--explain") { Description = "Show for each event the cue, the rule and how each actor was resolved." };
        var command = new Command("extract", "Extract actor–event–actor triples from articles and print them.") { paths, format, explain };
        command.SetAction((parse, ct) => context.RunAsync(parse, async (services, token) =>
        {
            var loader = services.GetRequiredService<IArticleLoader>();
            var extractor = services.GetRequiredService<IEventExtractor>();
            var asTable = parse.GetValue(format) == "table";
            var why = parse.GetValue(explain);
            var table = asTable ? EventTable.Create(withFile: true, why) : null;
            var failed = 0;
            foreach (var read in loader.Load(parse.GetValue(paths) ?? [], token))
            {
                token.ThrowIfCancellationRequested();
                if (read.Article is not { } article)
                {
                    failed++;
                    await context.Console.Error.WriteLineAsync($"graph: {read.Error}");
                    continue;
                }
                var extraction = extractor.Extract(article, token);
                foreach (var warning in extraction.Warnings)
                {
                    await context.Console.Error.WriteLineAsync($"graph: warning: {read.Path}: {warning}");
                }
                foreach (var e in extraction.Events)
                {
                    if (table is not null)
                    {
                        EventTable.AddRow(table, e, read.Path, why);
                    }
                    else
                    {
                        await context.Console.Out.WriteLineAsync(EventJsonWriter.ToJsonLine(e, read.Path, article.Id, why));
                    }
                }
            }
            if (table is not null)
            {
                context.Console.Ansi.Write(table);
            }
            await context.Console.Out.FlushAsync(token);
            return failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        }, ct));
        return command;
    }
}
