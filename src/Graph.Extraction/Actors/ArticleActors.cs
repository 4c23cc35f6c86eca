using System.Globalization;
using Graph.Domain.Actors;
using Graph.Extraction.Catalog;
using Graph.Extraction.Text;

namespace Graph.Extraction.Actors;

/// <summary>
/// One article's actor recognition. Per sentence: (1) catalogue names by longest match, (2) titles and the qualifier
/// that scopes them ("Polish" Prime Minister, ministro degli Esteri "turco", leader "del Cremlino"), (3) a person
/// named with the title, in apposition, or — for a bare title — the person it refers to, (4) surnames of people named earlier.
/// </summary>
internal sealed class ArticleActors(ActorGazetteer g, DateOnly? published) : IArticleActors
{
    private readonly List<ArticlePerson> _persons = [];
    private readonly Dictionary<string, ArticlePerson> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ArticlePerson> _byFullName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ArticlePerson> _byId = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ambiguousSurnames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _namedOrgs = new(StringComparer.Ordinal);
    private readonly List<(int End, IReadOnlyList<NameEntry> Values)> _nameBuffer = [];
    private readonly List<(int End, IReadOnlyList<TitleEntry> Values)> _titleBuffer = [];
    private int _clock;
    private bool _heading;

    public IReadOnlyList<ActorMention> Recognize(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.Tokens.Count == 0) return [];
        _heading = sentence.IsHeading;
        var units = g.Splitter.Split(sentence);
        var n = units.Count;
        var gazAt = new int[n];
        Array.Fill(gazAt, -1);
        var gaz = FindNames(units, gazAt);
        var titles = FindTitles(units, gazAt);
        if (gaz.Count == 0 && titles.Count == 0 && _bySurname.Count == 0 && _namedOrgs.Count == 0) return [];

        var items = Compose(sentence, units, gazAt, gaz, titles);
        return Resolve(sentence, units, gazAt, items);
    }

    // ---- 1. catalogue names ----------------------------------------------------------------------------------

    private List<GazMatch> FindNames(List<Unit> units, int[] gazAt)
    {
        var found = new List<GazMatch>();
        var i = 0;
        while (i < units.Count)
        {
            if (!units[i].IsWord || !units[i].Is(WordClass.NameStart))
            {
                i++;
                continue;
            }
            g.Names.MatchesAt(units, i, _nameBuffer);
            GazMatch? best = null;
            for (var k = _nameBuffer.Count - 1; k >= 0 && best is null; k--)
            {
                var (end, values) = _nameBuffer[k];
                foreach (var v in values)
                {
                    if (Accepts(v, units, i, end))
                    {
                        best = new GazMatch(i, end, v);
                        break;
                    }
                }
            }
            if (best is null)
            {
                i++;
                continue;
            }
            for (var k = best.Start; k < best.End; k++) gazAt[k] = found.Count;
            found.Add(best);
            i = best.End;
        }
        return found;
    }

    private bool Accepts(NameEntry entry, List<Unit> units, int start, int end)
    {
        // "pro-Kremlin", "anti-American": a name glued to a lower-case prefix describes, it does not act.
        if (start >= 2 && units[start - 1].Key == "-" && units[start - 1].End == units[start].Start
            && units[start - 2].IsWord && !units[start - 2].Is(WordClass.NameStart)
            && (!units[start - 2].IsCapitalized || units[start - 2].IsSentenceInitial)
            && units[start - 2].End == units[start - 1].Start)
        {
            return false;
        }
        switch (entry.Case)
        {
            case CaseRule.Capitalized when !units[start].IsCapitalized:
                return false;
            case CaseRule.Upper:
                // Italian writes short acronyms in title case ("l'Ue", "l'Onu", "gli Usa"); at a sentence start that
                // would take "Un" or "Us" for one, so there only capitals count.
                for (var k = start; k < end; k++)
                {
                    var u = units[k];
                    if (!u.IsWord || u.IsAllUpper) continue;
                    if (!u.IsCapitalized || u.IsSentenceInitial || _heading || end - start != 1) return false;
                }
                break;
        }
        // A one-word state name before an unknown capitalised word names something else: "Ukraine Recovery Conference",
        // "Taiwan Strait", "Washington Post" (headlines capitalise every word, so not there).
        if (entry.Entry.Kind == ActorKind.State && entry.Kind is (ActorMentionKind.Name or ActorMentionKind.Capital) && end - start == 1 && !_heading && end < units.Count && IsUnknownCapitalized(units[end]))
        {
            return false;
        }
        // A one-word person alias next to another unknown capitalised word is someone else's name ("Kim Yo Jong").
        if (entry.Entry.Kind == ActorKind.Person && end - start == 1)
        {
            if (end < units.Count && (IsUnknownCapitalized(units[end]) || (units[end].Key == "-" && units[end].Start == units[end - 1].End))) return false;
            if (start > 0 && !units[start - 1].IsSentenceInitial && IsUnknownCapitalized(units[start - 1])) return false;
        }
        // "presidenza del Consiglio europeo": a longer name starting inside the match names something else.
        if (end - start >= 2 && LongerNameInside(units, start, end)) return false;
        if (!entry.Ambiguous) return true;
        if (start > 0 && units[start - 1].IsNumber) return false;
        if (end < units.Count && units[end].IsNumber) return false;
        if (end < units.Count && IsUnknownCapitalized(units[end])) return false;
        if (start > 0 && IsUnknownCapitalized(units[start - 1])) return false;
        return true;
    }

    private bool LongerNameInside(List<Unit> units, int start, int end)
    {
        var buffer = new List<(int End, IReadOnlyList<NameEntry> Values)>();
        for (var k = start + 1; k < end; k++)
        {
            if (!units[k].Is(WordClass.NameStart)) continue;
            g.Names.MatchesAt(units, k, buffer);
            foreach (var (e, _) in buffer)
            {
                if (e > end) return true;
            }
        }
        return false;
    }

    private bool IsUnknownCapitalized(Unit u) =>
        u.IsWord && u.IsCapitalized && !u.Is(WordClass.NameStart | WordClass.TitleStart | WordClass.NotName);

    // ---- 2. titles -------------------------------------------------------------------------------------------

    private List<TitleMatch> FindTitles(List<Unit> units, int[] gazAt)
    {
        var found = new List<TitleMatch>();
        var i = 0;
        while (i < units.Count)
        {
            if (gazAt[i] >= 0 || !units[i].Is(WordClass.TitleStart))
            {
                i++;
                continue;
            }
            g.Titles.MatchesAt(units, i, _titleBuffer);
            TitleMatch? best = null;
            foreach (var (end, values) in _titleBuffer)
            {
                var free = true;
                for (var k = i; k < end && free; k++) free = gazAt[k] < 0;
                if (free) best = new TitleMatch(i, end, values[0]);
            }
            if (best is null)
            {
                i++;
                continue;
            }
            found.Add(best);
            i = best.End;
        }
        return found;
    }

    // ---- 3. composition: a title with its qualifier and its person ---------------------------------------

    private List<Item> Compose(Sentence sentence, List<Unit> units, int[] gazAt, List<GazMatch> gaz, List<TitleMatch> titles)
    {
        var n = units.Count;
        var claimed = new bool[n];
        var absorbed = new bool[gaz.Count];
        var items = new List<Item>();

        foreach (var t in titles)
        {
            var a = t.Start;
            var b = t.End;
            if (a > 0 && units[a - 1].Is(WordClass.PluralDeterminer)) continue;

            var q = LeftQualifier(units, gazAt, gaz, a) ?? RightQualifier(units, gazAt, gaz, b);
            if (q is not null && absorbed[q.Index]) q = null;
            var ps = Math.Min(a, q?.Match.Start ?? a);
            var pe = Math.Max(b, q?.Match.End ?? b);
            var scope = Scope(t.Title, q?.Match.Entry);
            var heading = sentence.IsHeading;
            if (t.Title.NeedsQualifier && q is null) continue;

            // "… Prime Minister Donald Tusk": a catalogue person or an unknown name right after the title.
            if (pe < n && gazAt[pe] >= 0 && gaz[gazAt[pe]] is { Entry.Entry.Kind: ActorKind.Person } person && person.Start == pe
                && !absorbed[gazAt[pe]] && Compatible(person.Entry.Entry, scope))
            {
                if (!Free(claimed, ps, person.End)) continue;
                Claim(claimed, ps, person.End);
                if (q is not null) absorbed[q.Index] = true;
                absorbed[gazAt[pe]] = true;
                items.Add(new Item(ItemKind.CataloguePersonWithTitle, ps, person.End, ps, person.End, scope, q?.Match, person, pe, person.End, ps, pe));
                continue;
            }
            var runEnd = RunForward(units, gazAt, pe, out var words);
            // One unknown word is a surname only after a lower-case title ("il premier Tusk"); "Premier League" is not a person.
            var minWords = heading || units[a].IsCapitalized ? 2 : 1;
            if (words >= minWords && !(runEnd < n && IsUnknownCapitalized(units[runEnd])) && Free(claimed, ps, runEnd))
            {
                Claim(claimed, ps, runEnd);
                if (q is not null) absorbed[q.Index] = true;
                items.Add(new Item(ItemKind.IntroducedPerson, ps, runEnd, ps, runEnd, scope, q?.Match, null, pe, runEnd, ps, pe));
                continue;
            }

            // "il presidente della Russia, Vladimir Putin,": the name follows after a comma.
            // Not when the title is itself someone's complement: "la sorella del leader, Kim Yo Jong".
            var genitive = ps > 0 && (units[ps - 1].Is(WordClass.Connector)
                || (ps > 1 && units[ps - 1].Is(WordClass.Determiner) && units[ps - 2].Is(WordClass.Connector)));
            if (pe + 1 < n && units[pe].Key == "," && !genitive && AfterComma(units, gazAt, gaz, absorbed, pe + 1, scope) is { } named
                && Free(claimed, ps, named.End))
            {
                Claim(claimed, ps, named.End);
                if (q is not null) absorbed[q.Index] = true;
                if (named.Person is not null) absorbed[gazAt[pe + 1]] = true;
                items.Add(new Item(named.Person is null ? ItemKind.IntroducedPerson : ItemKind.CataloguePersonWithTitle,
                    ps, named.End, ps, named.End, scope, q?.Match, named.Person, pe + 1, named.End, ps, pe));
                continue;
            }

            // "la portavoce del ministero degli Esteri Maria Zakharova": a short complement, then the name.
            if (q is null && StartsWithConnector(units, pe) && Complement(units, gazAt, gaz, absorbed, pe) is { } c && Free(claimed, ps, c.NameEnd))
            {
                var cScope = c.Qualifier is { } cq ? Scope(t.Title, cq.Match.Entry)
                    : c.Institution ? new RoleScope(t.Title.OrgRole ?? t.Title.Role, null, IsOrg: true)
                    : scope;
                if (c.Person is null || Compatible(c.Person.Entry.Entry, cScope))
                {
                    Claim(claimed, ps, c.NameEnd);
                    if (c.Qualifier is { } cq2) absorbed[cq2.Index] = true;
                    if (c.Person is not null) absorbed[gazAt[c.NameStart]] = true;
                    items.Add(new Item(c.Person is null ? ItemKind.IntroducedPerson : ItemKind.CataloguePersonWithTitle,
                        ps, c.NameEnd, ps, c.NameEnd, cScope, c.Qualifier?.Match, c.Person, c.NameStart, c.NameEnd, ps, c.NameStart));
                    continue;
                }
            }

            // "Hakan Fidan, ministro degli Esteri turco, ha detto": the name stands before, the title is set off by commas.
            var closed = pe == n || units[pe].Key is "," or ")" or "." or ";" or ":" or "(" or "-" or "—" || StartsWithConnector(units, pe);
            var k = ps - 1;
            if (k >= 0 && units[k].Is(WordClass.Determiner)) k--;
            if (closed && k >= 1 && units[k].Key == ",")
            {
                var nameEnd = k;
                if (gazAt[nameEnd - 1] >= 0 && gaz[gazAt[nameEnd - 1]] is { Entry.Entry.Kind: ActorKind.Person } before
                    && before.End == nameEnd && !absorbed[gazAt[nameEnd - 1]] && Free(claimed, before.Start, pe) && Compatible(before.Entry.Entry, scope))
                {
                    Claim(claimed, before.Start, pe);
                    if (q is not null) absorbed[q.Index] = true;
                    absorbed[gazAt[nameEnd - 1]] = true;
                    items.Add(new Item(ItemKind.CataloguePersonWithTitle, before.Start, pe, before.Start, before.End, scope, q?.Match, before, before.Start, before.End, ps, pe));
                    continue;
                }
                var runStart = RunBackward(units, gazAt, nameEnd, out var backWords);
                if (backWords >= 2 && Free(claimed, runStart, pe))
                {
                    Claim(claimed, runStart, pe);
                    if (q is not null) absorbed[q.Index] = true;
                    items.Add(new Item(ItemKind.IntroducedPerson, runStart, pe, runStart, nameEnd, scope, q?.Match, null, runStart, nameEnd, ps, pe));
                    continue;
                }
            }

            // A bare title refers back only as a definite description: "il premier", "the Ukrainian president",
            // not "un leader", "the former president", nor "il presidente della società".
            var before1 = ps > 0 ? units[ps - 1] : default;
            if (ps > 0 && (before1.Is(WordClass.TitleBlocker) || before1.IsNumber)) continue;
            if (q is null && (ps == 0 || !before1.Is(WordClass.DefiniteDeterminer) || StartsWithConnector(units, pe))) continue;
            // "Japanese Chief Cabinet Secretary": a capitalised word after the title makes it part of a longer one.
            if (!heading && pe < n && units[pe].IsWord && units[pe].IsCapitalized && gazAt[pe] < 0) continue;
            if (!Free(claimed, ps, pe)) continue;
            Claim(claimed, ps, pe);
            if (q is not null) absorbed[q.Index] = true;
            items.Add(new Item(ItemKind.TitleReference, ps, pe, ps, pe, scope, q?.Match, null, pe, pe, ps, pe));
        }

        for (var i = 0; i < gaz.Count; i++)
        {
            if (absorbed[i] || !Free(claimed, gaz[i].Start, gaz[i].End)) continue;
            Claim(claimed, gaz[i].Start, gaz[i].End);
            items.Add(new Item(ItemKind.Name, gaz[i].Start, gaz[i].End, gaz[i].Start, gaz[i].End, default, null, gaz[i], gaz[i].Start, gaz[i].End, gaz[i].Start, gaz[i].Start));
        }
        items.Sort((x, y) => x.Start.CompareTo(y.Start));
        return items;
    }

    private (GazMatch? Person, int End)? AfterComma(List<Unit> units, int[] gazAt, List<GazMatch> gaz, bool[] absorbed, int p, RoleScope scope)
    {
        if (gazAt[p] >= 0)
        {
            var m = gaz[gazAt[p]];
            return m.Start == p && m.Entry.Entry.Kind == ActorKind.Person && !absorbed[gazAt[p]] && Compatible(m.Entry.Entry, scope)
                ? (m, m.End)
                : null;
        }
        var end = RunForward(units, gazAt, p, out var words);
        var closed = end == units.Count || units[end].Key is "," or "." or ")" or ";" or ":";
        return words >= 2 && closed ? (null, end) : null;
    }

    private static bool StartsWithConnector(List<Unit> units, int p) => p < units.Count && units[p].Is(WordClass.Connector);

    private ComplementMatch? Complement(List<Unit> units, int[] gazAt, List<GazMatch> gaz, bool[] absorbed, int p)
    {
        QualifierMatch? q = null;
        var institution = false;
        var k = p;
        for (var steps = 0; k < units.Count && steps < 5; steps++)
        {
            var u = units[k];
            if (gazAt[k] >= 0)
            {
                var m = gaz[gazAt[k]];
                if (absorbed[gazAt[k]] || m.Start != k) return null;
                if (m.Entry.Entry.Kind == ActorKind.Person) return steps == 0 ? null : new ComplementMatch(q, m, k, m.End, institution);
                if (q is not null) return null;
                q = new QualifierMatch(gazAt[k], m);
                k = m.End;
                continue;
            }
            if (steps > 0 && IsNameWord(u, gazAt, k))
            {
                var end = RunForward(units, gazAt, k, out var words);
                return words >= 2 && !(end < units.Count && IsUnknownCapitalized(units[end])) ? new ComplementMatch(q, null, k, end, institution) : null;
            }
            if (!u.IsWord || u.Is(WordClass.TitleStart) || !(!u.IsCapitalized || u.Is(WordClass.NotName))) return null;
            institution |= u.IsCapitalized;
            k++;
        }
        return null;
    }

    /// <summary>False when the catalogue says the person holds no role of the scope the title names (Orbán is not "il leader del Cremlino").</summary>
    private bool Compatible(CatalogEntry person, RoleScope scope)
    {
        // Organisations are staffed from every country, so only a state in the title can contradict the catalogue.
        if (scope.Scope is null || scope.IsOrg || person.Actor.Country == scope.Scope) return true;
        var any = false;
        foreach (var r in person.RolesOn(published))
        {
            any = true;
            if (r.Scope == scope.Scope) return true;
        }
        return !any && person.Actor.Country is null;
    }

    private QualifierMatch? LeftQualifier(List<Unit> units, int[] gazAt, List<GazMatch> gaz, int a)
    {
        var j = a;
        if (j > 0 && units[j - 1].Key == "'s") j--;
        if (j == 0 || gazAt[j - 1] < 0) return null;
        var m = gaz[gazAt[j - 1]];
        return m.End == j && IsQualifier(m) ? new QualifierMatch(gazAt[j - 1], m) : null;
    }

    private QualifierMatch? RightQualifier(List<Unit> units, int[] gazAt, List<GazMatch> gaz, int b)
    {
        if (b < units.Count && gazAt[b] >= 0 && gaz[gazAt[b]] is var direct && direct.Start == b && IsQualifier(direct))
        {
            return new QualifierMatch(gazAt[b], direct);
        }
        foreach (var connector in g.Connectors)
        {
            var k = b;
            var ok = true;
            foreach (var key in connector)
            {
                if (k >= units.Count || units[k].Key != key)
                {
                    ok = false;
                    break;
                }
                k++;
            }
            if (ok && k < units.Count && gazAt[k] >= 0 && gaz[gazAt[k]] is var m && m.Start == k && IsQualifier(m))
            {
                return new QualifierMatch(gazAt[k], m);
            }
        }
        return null;
    }

    private static bool IsQualifier(GazMatch m) => m.Entry.Entry.Kind != ActorKind.Person;

    private RoleScope Scope(TitleEntry title, NameEntry? qualifier)
    {
        if (qualifier is { Kind: ActorMentionKind.Metonym } institution && title.Role == "leader"
            && g.Lexicon.InstitutionRoles.TryGetValue(TextFold.Fold(institution.Alias), out var office))
        {
            return institution.Entry.Kind == ActorKind.State
                ? new RoleScope(office, institution.Entry.Actor.Country, IsOrg: false)
                : new RoleScope(office, institution.Entry.Id, IsOrg: true);
        }
        if (qualifier is null)
        {
            if (title.Org is not null) return new RoleScope(title.OrgRole ?? title.Role, title.Org, IsOrg: true);
            return new RoleScope(title.Role, title.Country, IsOrg: false);
        }
        var e = qualifier.Entry;
        return e.Kind == ActorKind.State
            ? new RoleScope(title.Role, e.Actor.Country, IsOrg: false)
            : new RoleScope(title.OrgRole ?? title.Role, e.Id, IsOrg: true);
    }

    /// <summary>Unknown capitalised words from <paramref name="p"/> on: the name of a person not in the catalogue.</summary>
    private int RunForward(List<Unit> units, int[] gazAt, int p, out int words)
    {
        words = 0;
        var k = p;
        var lastWordEnd = p;
        while (k < units.Count && words < 4)
        {
            var u = units[k];
            if (IsNameWord(u, gazAt, k))
            {
                words++;
                k++;
                lastWordEnd = k;
                continue;
            }
            // "Hong-kyun", "al-Shaibani": a hyphen glued to the next word continues the name whatever its case.
            if (words > 0 && u.Key == "-" && k + 1 < units.Count && units[k + 1].IsWord && units[k + 1].Start == u.End && units[k - 1].End == u.Start)
            {
                if (units[k + 1].IsCapitalized) words++;
                k += 2;
                lastWordEnd = k;
                continue;
            }
            if (words > 0 && k + 1 < units.Count && u.IsWord && !u.IsCapitalized && u.Is(WordClass.NameParticle))
            {
                k++;
                continue;
            }
            break;
        }
        return lastWordEnd;
    }

    /// <summary>Unknown capitalised words ending just before <paramref name="end"/>: a name in apposition.</summary>
    private int RunBackward(List<Unit> units, int[] gazAt, int end, out int words)
    {
        words = 0;
        var k = end - 1;
        var firstWord = end;
        while (k >= 0 && words < 4)
        {
            var u = units[k];
            if (IsNameWord(u, gazAt, k))
            {
                words++;
                firstWord = k;
                k--;
                continue;
            }
            if (u.IsWord && !u.IsCapitalized && k >= 2 && units[k - 1].Key == "-" && units[k - 1].End == u.Start && units[k - 2].End == units[k - 1].Start)
            {
                k -= 2;
                continue;
            }
            if (words > 0 && k > 0 && (u.Key == "-" || (u.IsWord && !u.IsCapitalized && u.Is(WordClass.NameParticle))))
            {
                k--;
                continue;
            }
            break;
        }
        return firstWord;
    }

    private bool IsNameWord(Unit u, int[] gazAt, int index) =>
        u.IsWord && u.IsCapitalized && !u.IsNumber && gazAt[index] < 0
        && !u.Is(WordClass.NotName | WordClass.TitleStart | WordClass.Determiner | WordClass.PluralDeterminer)
        && !(u.IsAllUpper && u.End - u.Start <= 1);

    private static bool Free(bool[] claimed, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (claimed[k]) return false;
        }
        return true;
    }

    private static void Claim(bool[] claimed, int start, int end)
    {
        for (var k = start; k < end; k++) claimed[k] = true;
    }

    // ---- 4. resolution, in text order so later items see earlier ones ------------------------------------

    private List<ActorMention> Resolve(Sentence sentence, List<Unit> units, int[] gazAt, List<Item> items)
    {
        var mentions = new List<ActorMention>(items.Count);
        var next = 0;
        var i = 0;
        while (i < units.Count)
        {
            if (next < items.Count && items[next].Start == i)
            {
                var item = items[next++];
                var mention = ResolveItem(sentence, units, item);
                if (mention is not null) mentions.Add(mention);
                i = item.End;
                continue;
            }
            if (next < items.Count && items[next].Start < i)
            {
                next++;
                continue;
            }
            if (gazAt[i] < 0 && units[i].IsWord && units[i].IsCapitalized && !units[i].IsAllUpper && _namedOrgs.Count > 0
                && g.ShortNames.TryGetValue(units[i].Key, out var orgId) && _namedOrgs.Contains(orgId) && g.Catalog.FindById(orgId) is { } org
                && !(i + 1 < units.Count && IsUnknownCapitalized(units[i + 1])))
            {
                mentions.Add(new ActorMention(org.Actor, units[i].Start, units[i].End, ActorMentionKind.Name,
                    $"{Text(sentence, units, i, i + 1)} → {org.Name} (short name, named earlier)"));
                i++;
                continue;
            }
            if (gazAt[i] < 0 && units[i].IsWord && units[i].IsCapitalized && (_bySurname.Count > 0 || _byFullName.Count > 0))
            {
                var limit = next < items.Count ? items[next].Start : units.Count;
                var end = Math.Min(RunForward(units, gazAt, i, out _), limit);
                var found = FindNamedEarlier(units, i, end);
                if (found is { } f)
                {
                    var (person, stop, full) = f;
                    person.LastSeen = ++_clock;
                    var text = Text(sentence, units, i, stop);
                    mentions.Add(new ActorMention(person.Actor, units[i].Start, units[stop - 1].End,
                        full ? ActorMentionKind.Name : ActorMentionKind.Surname,
                        $"{text} → {person.Actor.Name} ({(full ? "name" : "surname")}, named earlier)"));
                    i = stop;
                    continue;
                }
            }
            i++;
        }
        return mentions;
    }

    private (ArticlePerson Person, int End, bool Full)? FindNamedEarlier(List<Unit> units, int start, int end)
    {
        if (end - start >= 2)
        {
            var key = FullKey(units, start, end);
            if (_byFullName.TryGetValue(key, out var full)) return (full, end, true);
        }
        if (_bySurname.TryGetValue(units[start].Key, out var bySurname)) return (bySurname, start + 1, false);
        return null;
    }

    private ActorMention? ResolveItem(Sentence sentence, List<Unit> units, Item item)
    {
        var start = units[item.MentionStart].Start;
        var end = units[item.MentionEnd - 1].End;
        var text = Text(sentence, units, item.MentionStart, item.MentionEnd);
        switch (item.Kind)
        {
            case ItemKind.Name:
            {
                var entry = item.Person!.Entry;
                if (entry.Entry.Kind == ActorKind.Person)
                {
                    var person = Register(entry.Entry, null);
                    return new ActorMention(person.Actor, start, end, ActorMentionKind.Name,
                        $"{text} → {person.Actor.Name} ({NameHow(entry)})");
                }
                if (entry.Entry.Kind != ActorKind.State) _namedOrgs.Add(entry.Entry.Id);
                return new ActorMention(entry.Entry.Actor, start, end, entry.Kind, $"{text} → {entry.Entry.Name} ({NameHow(entry)})");
            }
            case ItemKind.CataloguePersonWithTitle:
            {
                var person = Register(item.Person!.Entry.Entry, item.Scope);
                return new ActorMention(person.Actor, start, end, ActorMentionKind.Name,
                    $"{text} → {person.Actor.Name} (name with title: {Describe(item.Scope)})");
            }
            case ItemKind.IntroducedPerson:
            {
                var name = Text(sentence, units, item.NameStart, item.NameEnd);
                var roleText = Text(sentence, units, item.RoleStart, item.RoleEnd);
                var person = Introduce(units, item.NameStart, item.NameEnd, name, roleText, item.Scope);
                return new ActorMention(person.Actor, start, end, ActorMentionKind.IntroducedPerson,
                    $"{text} → {person.Actor.Name} (introduced: {Describe(item.Scope)})");
            }
            case ItemKind.TitleReference:
                return ResolveTitle(sentence, units, item, start, end, text);
            default:
                return null;
        }
    }

    private ActorMention? ResolveTitle(Sentence sentence, List<Unit> units, Item item, int start, int end, string text)
    {
        var families = Families(item.Scope);
        ArticlePerson? best = null;
        var candidates = 0;
        foreach (var p in _persons)
        {
            if (!p.Holds(families, item.Scope.Scope)) continue;
            candidates++;
            if (best is null || p.LastSeen > best.LastSeen) best = p;
        }
        // Without a qualifier ("il premier") the title must fit exactly one person of the article.
        if (item.Scope.Scope is null && candidates > 1) best = null;
        if (best is not null)
        {
            best.LastSeen = ++_clock;
            return new ActorMention(best.Actor, start, end, ActorMentionKind.Title,
                $"{text} → {best.Actor.Name} (title: {Describe(item.Scope)}, named earlier)");
        }
        if (item.Scope.Scope is { } scope && published is { } day)
        {
            foreach (var role in families)
            {
                if (g.Catalog.HolderOn(role, scope, day) is not { } holder) continue;
                var person = Register(holder.Person, null);
                return new ActorMention(person.Actor, start, end, ActorMentionKind.Title,
                    $"{text} → {person.Actor.Name} (title: {role} of {scope} on {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, catalogue)");
            }
        }
        // Nobody to refer to: the qualifier alone may still name the state ("il portavoce del Cremlino").
        if (item.Qualifier is { } q)
        {
            var qs = units[q.Start].Start;
            var qe = units[q.End - 1].End;
            var qt = Text(sentence, units, q.Start, q.End);
            return new ActorMention(q.Entry.Entry.Actor, qs, qe, q.Entry.Kind, $"{qt} → {q.Entry.Entry.Name} ({NameHow(q.Entry)}; title '{text}' unresolved)");
        }
        return null;
    }

    private IReadOnlyList<string> Families(RoleScope scope)
    {
        if (scope.Role == "leader" && !scope.IsOrg && scope.Scope is { } iso)
        {
            return g.Lexicon.GovernmentLed.Contains(iso) ? ["head_of_government", "head_of_state"] : ["head_of_state", "head_of_government"];
        }
        if (scope.IsOrg && scope.Role == "leader") return ["org_head"];
        return g.Lexicon.Family(scope.Role);
    }

    // ---- article memory ------------------------------------------------------------------------------------

    private ArticlePerson Register(CatalogEntry entry, RoleScope? titled)
    {
        if (!_byId.TryGetValue(entry.Id, out var person))
        {
            var roles = entry.RolesOn(published).ToList();
            var actor = entry.Actor with { Role = roles.FirstOrDefault(r => r.Title is not null)?.Title };
            person = new ArticlePerson(actor);
            foreach (var r in roles) person.Roles.Add((r.Role, r.Scope));
            _byId[entry.Id] = person;
            _persons.Add(person);
            if (g.Surnames.TryGetValue(entry.Id, out var surnames))
            {
                foreach (var s in surnames) SetSurname(s, person);
            }
        }
        if (titled is { } t) person.Roles.Add((t.Role, t.Scope));
        person.LastSeen = ++_clock;
        return person;
    }

    private ArticlePerson Introduce(List<Unit> units, int nameStart, int nameEnd, string name, string roleText, RoleScope scope)
    {
        var fullKey = FullKey(units, nameStart, nameEnd);
        if (!_byFullName.TryGetValue(fullKey, out var person))
        {
            var id = Actor.Slug(name);
            if (!_byId.TryGetValue(id, out person))
            {
                string? country = null;
                if (scope.Scope is { } s)
                {
                    country = scope.IsOrg ? g.Catalog.FindById(s)?.Actor.Country : s;
                }
                person = new ArticlePerson(Actor.Create(name, ActorKind.Person, country, role: roleText));
                _byId[id] = person;
                _persons.Add(person);
            }
            _byFullName[fullKey] = person;
        }
        person.Roles.Add((scope.Role, scope.Scope));
        var last = nameEnd - 1;
        while (last > nameStart && !units[last].IsWord) last--;
        SetSurname(units[last].Key, person);
        person.LastSeen = ++_clock;
        return person;
    }

    // Two people of the article sharing a surname ("Kim Jong Un", "Kim Yo Jong"): the bare surname names neither.
    private void SetSurname(string key, ArticlePerson person)
    {
        if (_ambiguousSurnames.Contains(key)) return;
        if (_bySurname.TryGetValue(key, out var other) && !ReferenceEquals(other, person))
        {
            _bySurname.Remove(key);
            _ambiguousSurnames.Add(key);
            return;
        }
        _bySurname[key] = person;
    }

    private static string FullKey(List<Unit> units, int start, int end)
    {
        var parts = new List<string>(end - start);
        for (var k = start; k < end; k++)
        {
            if (units[k].IsWord) parts.Add(units[k].Key);
        }
        return string.Join(' ', parts);
    }

    private static string NameHow(NameEntry e) => e.Kind switch
    {
        ActorMentionKind.Name => string.Equals(e.Alias, e.Entry.Name, StringComparison.Ordinal) ? "name" : $"alias '{e.Alias}'",
        ActorMentionKind.Capital => $"capital of {e.Entry.Name}",
        ActorMentionKind.Metonym => $"metonym '{e.Alias}'",
        ActorMentionKind.Demonym => $"demonym '{e.Alias}'",
        _ => e.Kind.ToString(),
    };

    private static string Describe(RoleScope scope) => scope.Scope is null ? scope.Role : $"{scope.Role} of {scope.Scope}";

    private static string Text(Sentence sentence, List<Unit> units, int start, int end)
    {
        if (end <= start) return "";
        var s = units[start].Start - sentence.Start;
        var e = units[end - 1].End - sentence.Start;
        if (s >= 0 && e <= sentence.Text.Length && s <= e) return sentence.Text[s..e];
        return string.Join(' ', units.Skip(start).Take(end - start).Select(u => u.Key));
    }

    // ---- small types -----------------------------------------------------------------------------------------

    private sealed record GazMatch(int Start, int End, NameEntry Entry);

    private sealed record TitleMatch(int Start, int End, TitleEntry Title);

    private sealed record QualifierMatch(int Index, GazMatch Match);

    /// <param name="Institution">The complement names a body the catalogue does not know ("della Commissione"): the title is an organisation's.</param>
    private sealed record ComplementMatch(QualifierMatch? Qualifier, GazMatch? Person, int NameStart, int NameEnd, bool Institution);

    private readonly record struct RoleScope(string Role, string? Scope, bool IsOrg);

    private enum ItemKind
    {
        Name,
        CataloguePersonWithTitle,
        IntroducedPerson,
        TitleReference,
    }

    /// <summary>
    /// A recognised phrase, in unit indices: [Start, End) is what it claims, [MentionStart, MentionEnd) what the mention
    /// covers, [NameStart, NameEnd) the person's name and [RoleStart, RoleEnd) the title with its qualifier.
    /// </summary>
    private sealed record Item(
        ItemKind Kind, int Start, int End, int MentionStart, int MentionEnd,
        RoleScope Scope, GazMatch? Qualifier, GazMatch? Person, int NameStart, int NameEnd, int RoleStart, int RoleEnd);

    private sealed class ArticlePerson(Actor actor)
    {
        public Actor Actor { get; } = actor;
        public List<(string Role, string? Scope)> Roles { get; } = [];
        public int LastSeen { get; set; }

        public bool Holds(IReadOnlyList<string> families, string? scope)
        {
            foreach (var (role, s) in Roles)
            {
                if (!families.Contains(role)) continue;
                if (scope is null || s == scope || (s is null && Actor.Country == scope)) return true;
            }
            return false;
        }
    }
}
