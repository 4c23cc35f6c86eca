using System.Globalization;
using System.Text;

namespace Graph.Extraction.Evaluation;

/// <summary>Precision, recall and F1 of one matching mode.</summary>
public sealed record Prf(int Hits, int Predicted, int Gold)
{
    public double Precision => Predicted > 0 ? (double)Hits / Predicted : Gold == 0 ? 1 : 0;

    public double Recall => Gold > 0 ? (double)Hits / Gold : 1;

    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;
}

public sealed record TypeScore(string Type, int Gold, int Hits, int FalseAlarms);

/// <summary>What <c>graph evaluate</c> reports; Lines hold misses (MISS), false alarms (FALSE) and wrong dates (DATE).</summary>
public sealed record EvaluationResult(int Files, Prf Typed, Prf Pair, int DatesRight, int DatesScored, IReadOnlyList<TypeScore> PerType, IReadOnlyList<string> Lines, int UnscoredFiles)
{
    public double DateAccuracy => DatesScored > 0 ? (double)DatesRight / DatesScored : double.NaN;
}

/// <summary>
/// The scoring of ../shared/eval/score.py: an end matches when its name or id, folded (lower case,
/// accents removed, non-alphanumerics as spaces), contains an acceptable gold name as whole words;
/// symmetric types match either way round; greedy one-to-one matching, required gold first and
/// date-agreeing predictions first; optional gold never counts.
/// </summary>
public static class Scorer
{
    private static readonly HashSet<string> Symmetric = ["MEET", "PHONE_CALL", "NEGOTIATE", "AGREE", "INTEND_MEET"];

    public static EvaluationResult Score(IReadOnlyList<GoldTriple> gold, IReadOnlyList<PredictedTriple> predictions)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        var files = gold.Select(g => g.File).Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var goldByFile = gold.GroupBy(g => g.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var predByFile = new Dictionary<string, List<Folded>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in predictions)
        {
            var file = Path.GetFileName(p.File);
            var folded = new Folded(p, [.. p.Source.Select(Fold)], [.. p.Target.Select(Fold)]);
            var key = file + "\u0001" + string.Join('|', folded.Source) + "\u0001" + p.Type + "\u0001" + string.Join('|', folded.Target) + "\u0001" + p.Date;
            if (!seen.Add(key)) continue; // one per distinct triple
            if (!predByFile.TryGetValue(file, out var list)) predByFile[file] = list = [];
            list.Add(folded);
        }

        int typedTp = 0, typedPred = 0, typedGold = 0, pairTp = 0, pairPred = 0, pairGold = 0, datesOk = 0, dates = 0;
        var perType = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        int[] Row(string t) => perType.TryGetValue(t, out var r) ? r : perType[t] = new int[3];
        var misses = new List<string>();
        var falses = new List<string>();
        var wrongDates = new List<string>();
        foreach (var file in files)
        {
            var g = goldByFile[file];
            var p = predByFile.GetValueOrDefault(file) ?? [];
            var required = g.Count(x => !x.Optional);
            foreach (var typed in new[] { true, false })
            {
                var pairs = Match(g, p, typed);
                var tp = pairs.Count(x => !g[x.Gold].Optional);
                var opt = pairs.Count(x => g[x.Gold].Optional);
                if (typed)
                {
                    typedTp += tp;
                    typedPred += p.Count - opt;
                    typedGold += required;
                    foreach (var (gi, pi) in pairs)
                    {
                        var ok = DateOk(g[gi].Date, p[pi].Prediction.Date);
                        if (ok is not null && !g[gi].Optional)
                        {
                            dates++;
                            if (ok.Value) datesOk++;
                            else wrongDates.Add($"  DATE  {file}: {g[gi].Source.FirstOrDefault()} -{g[gi].Type}-> {g[gi].Target.FirstOrDefault()} gold {g[gi].Date} got {p[pi].Prediction.Date ?? "None"}");
                        }
                    }
                    var matchedGold = pairs.Select(x => x.Gold).ToHashSet();
                    var matchedPred = pairs.Select(x => x.Pred).ToHashSet();
                    foreach (var x in g.Where(x => !x.Optional)) Row(x.Type)[0]++;
                    foreach (var (gi, _) in pairs.Where(x => !g[x.Gold].Optional)) Row(g[gi].Type)[1]++;
                    for (var i = 0; i < p.Count; i++)
                    {
                        if (matchedPred.Contains(i)) continue;
                        Row(p[i].Prediction.Type)[2]++;
                        falses.Add($"  FALSE {file}: {p[i].Prediction.Source.FirstOrDefault()} -{p[i].Prediction.Type}-> {p[i].Prediction.Target.FirstOrDefault()} {p[i].Prediction.Date ?? "None"}");
                    }
                    for (var i = 0; i < g.Count; i++)
                    {
                        if (!matchedGold.Contains(i) && !g[i].Optional)
                        {
                            misses.Add($"  MISS  {file}: {g[i].Source.FirstOrDefault()} -{g[i].Type}-> {g[i].Target.FirstOrDefault()} {g[i].Date ?? "None"}");
                        }
                    }
                }
                else
                {
                    pairTp += tp;
                    pairPred += p.Count - opt;
                    pairGold += required;
                }
            }
        }
        var unscored = predByFile.Keys.Count(f => !goldByFile.ContainsKey(f));
        return new EvaluationResult(
            files.Count,
            new Prf(typedTp, typedPred, typedGold),
            new Prf(pairTp, pairPred, pairGold),
            datesOk,
            dates,
            [.. perType.Select(kv => new TypeScore(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2]))],
            [.. misses, .. falses, .. wrongDates],
            unscored);
    }

    public static string Format(EvaluationResult r, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(r);
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        if (verbose)
        {
            foreach (var line in r.Lines) sb.AppendLine(line);
        }
        if (r.UnscoredFiles > 0) sb.AppendLine(inv, $"note: predictions for {r.UnscoredFiles} files with no gold were ignored");
        sb.AppendLine(inv, $"files {r.Files}  gold triples {r.Typed.Gold}  predicted {r.Typed.Predicted}");
        sb.AppendLine(inv, $"typed:      precision {r.Typed.Precision:F3}  recall {r.Typed.Recall:F3}  F1 {r.Typed.F1:F3}");
        sb.AppendLine(inv, $"actor pair: precision {r.Pair.Precision:F3}  recall {r.Pair.Recall:F3}  F1 {r.Pair.F1:F3}");
        sb.AppendLine(inv, $"dates right on matched triples: {r.DatesRight}/{r.DatesScored} ({(r.DatesScored > 0 ? r.DateAccuracy.ToString("F3", inv) : "n/a")})");
        sb.AppendLine("type              gold  hit  false");
        foreach (var t in r.PerType) sb.AppendLine(inv, $"{t.Type,-17} {t.Gold,4} {t.Hits,4} {t.FalseAlarms,6}");
        sb.AppendLine(inv, $"F1 {r.Typed.F1:F3}");
        return sb.ToString();
    }

    /// <summary>Lower case, accents removed, runs of anything but a–z and 0–9 as one space, padded with spaces.</summary>
    public static string Fold(string? text)
    {
        var decomposed = (text ?? string.Empty).Normalize(NormalizationForm.FormKD).ToLowerInvariant();
        var sb = new StringBuilder(decomposed.Length + 2).Append(' ');
        var space = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                sb.Append(c);
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }
        if (!space) sb.Append(' ');
        return sb.Length == 1 ? "  " : sb.ToString();
    }

    private static bool ActorMatches(string[] predicted, IReadOnlyList<string> alternatives)
    {
        foreach (var alt in alternatives)
        {
            var a = Fold(alt);
            if (a.Trim().Length > 0 && predicted.Any(p => p.Contains(a, StringComparison.Ordinal))) return true;
        }
        return false;
    }

    private static bool EndsMatch(GoldTriple g, Folded p, bool swapped)
    {
        var (gs, gt) = swapped ? (g.Target, g.Source) : (g.Source, g.Target);
        return ActorMatches(p.Source, gs) && ActorMatches(p.Target, gt);
    }

    private static bool? DateOk(string? gold, string? predicted)
    {
        if (string.IsNullOrEmpty(gold)) return null;
        if (string.IsNullOrEmpty(predicted)) return false;
        return predicted.StartsWith(gold, StringComparison.Ordinal);
    }

    private static List<(int Gold, int Pred)> Match(List<GoldTriple> gold, List<Folded> preds, bool typed)
    {
        var used = new HashSet<int>();
        var pairs = new List<(int, int)>();
        // Stable: required first, in file order (Python's sort on the optional flag is stable too).
        var order = Enumerable.Range(0, gold.Count).OrderBy(i => gold[i].Optional ? 1 : 0).ToList();
        foreach (var gi in order)
        {
            var g = gold[gi];
            var candidates = new List<int>();
            for (var pi = 0; pi < preds.Count; pi++)
            {
                if (used.Contains(pi)) continue;
                var p = preds[pi];
                if (typed && p.Prediction.Type != g.Type) continue;
                var sym = Symmetric.Contains(g.Type) || !typed;
                if (EndsMatch(g, p, false) || (sym && EndsMatch(g, p, true))) candidates.Add(pi);
            }
            if (candidates.Count == 0) continue;
            var best = candidates.OrderBy(pi => DateOk(g.Date, preds[pi].Prediction.Date) == true ? 0 : 1).First();
            used.Add(best);
            pairs.Add((gi, best));
        }
        return pairs;
    }

    private sealed record Folded(PredictedTriple Prediction, string[] Source, string[] Target);
}
