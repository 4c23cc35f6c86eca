using Graph.Domain.Actors;
using Graph.Extraction.Actors;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Pipeline;

/// <summary>A recognizer for tests: exact, case-insensitive surface forms mapped to actors, longest first.</summary>
internal sealed class FakeActorRecognizer : IActorRecognizer
{
    public static readonly Actor Putin = Actor.Create("Vladimir Putin", ActorKind.Person, "RUS");
    public static readonly Actor Lukashenko = Actor.Create("Alexander Lukashenko", ActorKind.Person, "BLR");
    public static readonly Actor Macron = Actor.Create("Emmanuel Macron", ActorKind.Person, "FRA");
    public static readonly Actor Scholz = Actor.Create("Olaf Scholz", ActorKind.Person, "DEU");
    public static readonly Actor Erdogan = Actor.Create("Recep Tayyip Erdogan", ActorKind.Person, "TUR");
    public static readonly Actor Russia = Actor.Create("Russia", ActorKind.State, "RUS");
    public static readonly Actor Ukraine = Actor.Create("Ukraine", ActorKind.State, "UKR");
    public static readonly Actor Belarus = Actor.Create("Belarus", ActorKind.State, "BLR");
    public static readonly Actor France = Actor.Create("France", ActorKind.State, "FRA");
    public static readonly Actor Germany = Actor.Create("Germany", ActorKind.State, "DEU");
    public static readonly Actor Iran = Actor.Create("Iran", ActorKind.State, "IRN");
    public static readonly Actor Poland = Actor.Create("Poland", ActorKind.State, "POL");
    public static readonly Actor Eu = Actor.Create("European Union", ActorKind.Organization);
    public static readonly Actor Nato = Actor.Create("NATO", ActorKind.Organization);

    private static readonly (string Surface, Actor Actor, ActorMentionKind Kind)[] Entries =
    [
        ("Vladimir Putin", Putin, ActorMentionKind.Name), ("Putin", Putin, ActorMentionKind.Surname),
        ("Alexander Lukashenko", Lukashenko, ActorMentionKind.Name), ("Lukashenko", Lukashenko, ActorMentionKind.Surname),
        ("Emmanuel Macron", Macron, ActorMentionKind.Name), ("Macron", Macron, ActorMentionKind.Surname),
        ("Olaf Scholz", Scholz, ActorMentionKind.Name), ("Scholz", Scholz, ActorMentionKind.Surname),
        ("Erdogan", Erdogan, ActorMentionKind.Surname),
        ("Russia", Russia, ActorMentionKind.Name), ("Mosca", Russia, ActorMentionKind.Capital), ("Moscow", Russia, ActorMentionKind.Capital),
        ("Cremlino", Russia, ActorMentionKind.Metonym), ("Kremlin", Russia, ActorMentionKind.Metonym), ("russe", Russia, ActorMentionKind.Demonym), ("russo", Russia, ActorMentionKind.Demonym), ("russi", Russia, ActorMentionKind.Demonym), ("Russian", Russia, ActorMentionKind.Demonym),
        ("Ucraina", Ukraine, ActorMentionKind.Name), ("Ukraine", Ukraine, ActorMentionKind.Name), ("Kiev", Ukraine, ActorMentionKind.Capital), ("Kyiv", Ukraine, ActorMentionKind.Capital), ("ucraini", Ukraine, ActorMentionKind.Demonym),
        ("Bielorussia", Belarus, ActorMentionKind.Name), ("Belarus", Belarus, ActorMentionKind.Name), ("Minsk", Belarus, ActorMentionKind.Capital),
        ("Francia", France, ActorMentionKind.Name), ("France", France, ActorMentionKind.Name), ("Parigi", France, ActorMentionKind.Capital),
        ("Germania", Germany, ActorMentionKind.Name), ("Germany", Germany, ActorMentionKind.Name), ("Berlino", Germany, ActorMentionKind.Capital), ("Berlin", Germany, ActorMentionKind.Capital),
        ("Iran", Iran, ActorMentionKind.Name), ("Teheran", Iran, ActorMentionKind.Capital),
        ("Polonia", Poland, ActorMentionKind.Name), ("Poland", Poland, ActorMentionKind.Name), ("Varsavia", Poland, ActorMentionKind.Capital), ("Warsaw", Poland, ActorMentionKind.Capital),
        ("Unione Europea", Eu, ActorMentionKind.Name), ("UE", Eu, ActorMentionKind.Name), ("EU", Eu, ActorMentionKind.Name), ("Bruxelles", Eu, ActorMentionKind.Capital), ("Brussels", Eu, ActorMentionKind.Capital),
        ("NATO", Nato, ActorMentionKind.Name),
    ];

    public IArticleActors BeginArticle(ParsedDocument document) => new Session();

    private sealed class Session : IArticleActors
    {
        public IReadOnlyList<ActorMention> Recognize(Sentence sentence)
        {
            var found = new List<ActorMention>();
            var taken = new bool[sentence.Text.Length];
            foreach (var (surface, actor, kind) in Entries.OrderByDescending(e => e.Surface.Length))
            {
                var at = 0;
                while ((at = sentence.Text.IndexOf(surface, at, StringComparison.OrdinalIgnoreCase)) >= 0)
                {
                    var end = at + surface.Length;
                    var wordStart = at == 0 || !char.IsLetter(sentence.Text[at - 1]);
                    var wordEnd = end == sentence.Text.Length || !char.IsLetter(sentence.Text[end]);
                    var caseOk = kind == ActorMentionKind.Demonym || char.IsUpper(sentence.Text[at]);
                    if (wordStart && wordEnd && caseOk && !taken.AsSpan(at, surface.Length).Contains(true))
                    {
                        taken.AsSpan(at, surface.Length).Fill(true);
                        found.Add(new ActorMention(actor, sentence.Start + at, sentence.Start + end, kind, $"{surface} → {actor.Name} ({kind.ToString().ToLowerInvariant()})"));
                    }
                    at = end;
                }
            }
            return [.. found.OrderBy(m => m.Start)];
        }
    }
}
