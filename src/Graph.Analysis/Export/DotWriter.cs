using System.Text;
using Graph.Analysis.Actors;

namespace Graph.Analysis.Export;

/// <summary>
/// Graphviz DOT: a digraph with every id and label quoted and escaped, so names with quotes,
/// backslashes or line breaks cannot break the file. Symmetric events draw without arrowheads.
/// </summary>
public static class DotWriter
{
    public static void Write(ActorGraph graph, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("digraph \"actors\" {");
        output.WriteLine("  graph [overlap=false, splines=true];");
        output.WriteLine("  node [shape=box, style=rounded];");
        foreach (var actor in graph.Actors)
        {
            output.Write("  ");
            output.Write(Quote(actor.Id));
            output.Write(" [label=");
            output.Write(Quote(actor.Name));
            output.Write(", kind=");
            output.Write(Quote(actor.Kind.ToString()));
            if (!string.IsNullOrEmpty(actor.Country))
            {
                output.Write(", country=");
                output.Write(Quote(actor.Country));
            }
            output.WriteLine("];");
        }
        foreach (var edge in ExportEdge.From(graph))
        {
            var e = edge.Event;
            output.Write("  ");
            output.Write(Quote(e.Source.Id));
            output.Write(" -> ");
            output.Write(Quote(e.Target!.Id));
            output.Write(" [label=");
            output.Write(Quote(edge.Date.Length > 0 ? $"{edge.Type} {edge.Date}" : edge.Type));
            output.Write(", type=");
            output.Write(Quote(edge.Type));
            output.Write(", weight=1, goldstein=");
            output.Write(Quote(ExportEdge.Number(edge.Goldstein)));
            if (edge.Date.Length > 0)
            {
                output.Write(", date=");
                output.Write(Quote(edge.Date));
            }
            if (!edge.Directed) output.Write(", dir=none");
            output.WriteLine("];");
        }
        output.WriteLine("}");
    }

    /// <summary>A DOT double-quoted string: backslash and quote escaped, line breaks as \n.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': break;
                default: sb.Append(c); break;
            }
        }
        return sb.Append('"').ToString();
    }
}
