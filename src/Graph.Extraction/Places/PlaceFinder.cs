using Graph.Extraction.Cues;
using Graph.Extraction.Roles;

namespace Graph.Extraction.Places;

/// <summary>Where an event happened: "a Mosca", "in Alaska", "at the White House" near its cue.</summary>
public static class PlaceFinder
{
    private const int Window = 10;

    public static string? Find(SentenceView view, CueMatch cue, IEnumerable<Participant> roles)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(cue);
        var used = roles.Select(r => r.Span).OfType<ActorSpan>().ToHashSet();
        var clause = view.Clause[cue.Head];
        foreach (var a in view.Actors)
        {
            if (used.Contains(a) || view.Clause[a.First] != clause || Math.Abs(a.First - cue.Head) > Window) continue;
            if (a.IsPlaceLike && a.Marker is Marker.Place or Marker.Dative || a.Marker == Marker.Place && a.Kind == Actors.ActorMentionKind.Metonym)
            {
                return view.Sentence.Text[(a.Mention.Start - view.Sentence.Start)..(a.Mention.End - view.Sentence.Start)];
            }
        }
        // A capitalised name after "a"/"in"/"at" that is no actor: "in Alaska", "a Sharm el-Sheikh".
        for (var i = Math.Max(1, cue.Head - Window); i < Math.Min(view.Count - 1, cue.Last + Window); i++)
        {
            if (view.Clause[i] != clause || !view.Grammar.Place.Contains(view.Lower[i]) && view.Lower[i] is not ("a" or "ad")) continue;
            var j = view.SkipForwardArticles(i + 1);
            if (j >= view.Count || view.ActorAt(j) is not null || !view.Sentence.Tokens[j].IsCapitalized || view.Sentence.Tokens[j].Kind != Text.TokenKind.Word) continue;
            var end = j;
            while (end + 1 < view.Count && view.Sentence.Tokens[end + 1].IsCapitalized && view.ActorAt(end + 1) is null && view.Sentence.Tokens[end + 1].Kind == Text.TokenKind.Word) end++;
            var tokens = view.Sentence.Tokens;
            return view.Sentence.Text[(tokens[j].Start - view.Sentence.Start)..(tokens[end].End - view.Sentence.Start)];
        }
        return null;
    }
}
