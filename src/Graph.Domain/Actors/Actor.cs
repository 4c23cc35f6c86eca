using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Graph.Domain.Actors;

/// <summary>Someone who acts in the news: a person in a political role, a state, an organisation or a group.</summary>
/// <param name="Id">Stable slug of the canonical English name, e.g. <c>vladimir-putin</c>.</param>
/// <param name="Country">ISO 3166 alpha-3 code where it applies (a state's own, a person's nationality).</param>
/// <param name="Role">For people: the role the article or catalogue gives them ("President of Russia").</param>
public sealed record Actor(
    string Id,
    string Name,
    ActorKind Kind,
    string? Country,
    ImmutableArray<string> Aliases,
    string? Role = null)
{
    public static Actor Create(string name, ActorKind kind, string? country = null, IEnumerable<string>? aliases = null, string? role = null)
        => new(Slug(name), name, kind, country, aliases?.ToImmutableArray() ?? [], role);

    // Records compare ImmutableArray by reference; actors are the same actor when their ids are.
    public bool Equals(Actor? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Lower-case ASCII slug: accents removed, runs of other characters become one hyphen.</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                sb.Append(c);
                pendingHyphen = false;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                sb.Append((char)(c + 32));
                pendingHyphen = false;
            }
            else if (c is 'ß')
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                sb.Append("ss");
                pendingHyphen = false;
            }
            else if (c is 'ø' or 'Ø')
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                sb.Append('o');
                pendingHyphen = false;
            }
            else if (c is '\'' or '’')
            {
                // "Côte d'Ivoire" -> cote-divoire: apostrophes join, they do not split.
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return sb.ToString();
    }
}
