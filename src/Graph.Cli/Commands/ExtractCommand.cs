using System.CommandLine;
using Graph.Cli.Hosting;
using Graph.Cli.Output;

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
            var asTable = parse.GetValue(format) == "table";
            var why = parse.GetValue(explain);
            var table = asTable ? EventTable.Create(withFile: true, why) : null;
            var articles = new ArticleExtractions(services, context.Console);
            await foreach (var (path, extraction) in articles.ExtractAsync(parse.GetValue(paths) ?? [], token))
            {
                foreach (var e in extraction.Events)
                {
                    if (table is not null)
                    {
                        EventTable.AddRow(table, e, path, why);
                    }
                    else
                    {
                        await context.Console.Out.WriteLineAsync(EventJsonWriter.ToJsonLine(e, path, extraction.Article.Id, why));
                    }
                }
            }
            if (table is not null)
            {
                context.Console.Ansi.Write(table);
            }
            await context.Console.Out.FlushAsync(token);
            return articles.Failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        }, ct));
        return command;
    }
}
