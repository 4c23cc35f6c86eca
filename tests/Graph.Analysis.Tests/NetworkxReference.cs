using Graph.Analysis.Graphs;

namespace Graph.Analysis.Tests;

// Reference values computed by networkx 3.6.1 (python 3.11) with the script below, pasted verbatim;
// the tests do not need python. Nodes are listed in ascending order, so value i belongs to vertex i.
// nx.pagerank needs numpy/scipy, which this machine lacks; _pagerank_python is networkx's own
// pure-python implementation of the same power iteration (same start, teleport, dangling rule and
// N*tol stopping test).
//
// ---- script (python3 ref.py) ----
// import networkx as nx
// from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python as pagerank  # no numpy here; same iteration as nx.pagerank
//
// K = nx.karate_club_graph()  # undirected, 34 nodes, 78 edges, integer 'weight' 1..7
// D1 = nx.DiGraph()
// D1.add_nodes_from(range(8))
// D1.add_weighted_edges_from([(0,1,2.0),(1,2,1.0),(2,0,3.0),(2,3,1.5),(3,4,2.0),(4,3,0.5),(4,5,1.0),(1,5,4.0),(6,5,1.0)])  # 5 is dangling, 7 isolated
// D2 = nx.DiGraph()
// D2.add_nodes_from(range(10))
// D2.add_weighted_edges_from([(0,1,1.0),(1,2,2.0),(2,3,1.0),(3,0,2.5),(0,2,4.0),(3,4,1.0),(4,5,3.0),(5,6,1.0),(6,4,1.0),
//                             (5,7,2.0),(7,8,1.0),(8,7,1.0),(8,9,0.5),(1,9,7.0)])  # 9 is dangling: SCCs {0,1,2,3} {4,5,6} {7,8} {9}
//
// def arr(name, xs):
//     print(f"    private static readonly double[] {name} = [{', '.join(repr(float(x)) for x in xs)}];")
//
// def dump(prefix, G):
//     n = G.number_of_nodes(); nodes = sorted(G)
//     if G.is_directed():
//         arr(prefix+"InDegree", [G.in_degree(v) for v in nodes])
//         arr(prefix+"OutDegree", [G.out_degree(v) for v in nodes])
//         arr(prefix+"WeightedInDegree", [G.in_degree(v, weight='weight') for v in nodes])
//         arr(prefix+"WeightedOutDegree", [G.out_degree(v, weight='weight') for v in nodes])
//     arr(prefix+"DegreeCentrality", [nx.degree_centrality(G)[v] for v in nodes])
//     arr(prefix+"WeightedDegree", [G.degree(v, weight='weight') for v in nodes])
//     for w, tag in ((None, "Unweighted"), ('weight', "Weighted")):
//         pr = pagerank(G, weight=w); arr(prefix+"PageRank"+tag, [pr[v] for v in nodes])
//         b = nx.betweenness_centrality(G, weight=w); arr(prefix+"Betweenness"+tag, [b[v] for v in nodes])
//         c = nx.closeness_centrality(G, distance=w); arr(prefix+"Closeness"+tag, [c[v] for v in nodes])
//     b = nx.betweenness_centrality(G, normalized=False); arr(prefix+"BetweennessRaw", [b[v] for v in nodes])
//     c = nx.closeness_centrality(G, wf_improved=False); arr(prefix+"ClosenessNoWf", [c[v] for v in nodes])
//
// dump("Karate", K); dump("D1", D1); dump("D2", D2)
// for G, name in ((K, "Karate"), (D1, "D1"), (D2, "D2")):
//     if G.is_directed():
//         print(f"    // {name} SCCs:", sorted(sorted(c) for c in nx.strongly_connected_components(G)))
//         print(f"    // {name} WCCs:", sorted(sorted(c) for c in nx.weakly_connected_components(G)))
// for w in (None, 'weight'):
//     parts = nx.community.louvain_communities(K, weight=w, seed=42)
//     print(f"    // Karate louvain weight={w} seed=42:", len(parts), "communities, modularity", repr(nx.community.modularity(K, parts, weight=w)))
// parts = nx.community.louvain_communities(D2.to_undirected(), seed=42)
// print("    // D2 undirected louvain:", repr(nx.community.modularity(D2.to_undirected(), parts)))
// fixed = [{0,1,2,3},{4,5,6},{7,8,9}]
// print("    // D2 directed modularity of [{0,1,2,3},{4,5,6},{7,8,9}]:", repr(nx.community.modularity(D2, fixed)))
// kfixed = [set(v for v in K if K.nodes[v]['club'] == 'Mr. Hi'), set(v for v in K if K.nodes[v]['club'] != 'Mr. Hi')]
// print("    // Karate modularity of the two clubs, weighted:", repr(nx.community.modularity(K, kfixed)), "unweighted:", repr(nx.community.modularity(K, kfixed, weight=None)))
// print("    // Karate clubs Mr. Hi:", sorted(kfixed[0]))
// print("    // D2 shortest 0->9:", nx.shortest_path(D2, 0, 9), "dijkstra 0->9:", nx.dijkstra_path(D2, 0, 9), nx.dijkstra_path_length(D2, 0, 9))
// print("    // D2 dijkstra 2->8:", nx.dijkstra_path(D2, 2, 8), nx.dijkstra_path_length(D2, 2, 8))
// print("    // Karate shortest 16->25:", nx.shortest_path_length(K, 16, 25), "dijkstra length:", nx.dijkstra_path_length(K, 16, 25))
// print("    // Karate ego(0, radius 1) nodes:", len(nx.ego_graph(K, 0, radius=1)), "radius 2:", len(nx.ego_graph(K, 0, radius=2)), "edges r1:", nx.ego_graph(K, 0, radius=1).number_of_edges())
// print("    // D2 ego(4, radius 1, undirected=True):", sorted(nx.ego_graph(D2, 4, radius=1, undirected=True)), "directed:", sorted(nx.ego_graph(D2, 4, radius=1)))
// print("    // Karate edges:", [(u, v, d['weight']) for u, v, d in K.edges(data=True)])
// ---- end of script; its comment lines of output follow ----
// D1 SCCs: [[0, 1, 2], [3, 4], [5], [6], [7]]
// D1 WCCs: [[0, 1, 2, 3, 4, 5, 6], [7]]
// D2 SCCs: [[0, 1, 2, 3], [4, 5, 6], [7, 8], [9]]
// D2 WCCs: [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]
// Karate louvain weight=None seed=42: 3 communities, modularity 0.3853550295857988
// Karate louvain weight=weight seed=42: 4 communities, modularity 0.42662243960945256
// D2 undirected louvain: 0.49948559670781895
// D2 directed modularity of [{0,1,2,3},{4,5,6},{7,8,9}]: 0.3048469387755103
// Karate modularity of the two clubs, weighted: 0.39143756676224206 unweighted: 0.3582347140039448
// Karate clubs Mr. Hi: [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21]
// D2 shortest 0->9: [0, 1, 9] dijkstra 0->9: [0, 1, 9] 8.0
// D2 dijkstra 2->8: [2, 3, 4, 5, 7, 8] 8.0
// Karate shortest 16->25: 4 dijkstra length: 12
// Karate ego(0, radius 1) nodes: 17 radius 2: 26 edges r1: 34
// D2 ego(4, radius 1, undirected=True): [3, 4, 5, 6] directed: [4, 5]

/// <summary>The graphs networkx was run on, and what it answered.</summary>
internal static class NetworkxReference
{
    public const double Tolerance = 1e-6;

    /// <summary>Zachary's karate club as networkx ships it (nx.karate_club_graph()): 34 members, 78 weighted ties.</summary>
    public static readonly (int U, int V, double W)[] KarateEdges =
    [
        (0, 1, 4), (0, 2, 5), (0, 3, 3), (0, 4, 3), (0, 5, 3), (0, 6, 3), (0, 7, 2), (0, 8, 2), (0, 10, 2), (0, 11, 3), (0, 12, 1), (0, 13,
        3), (0, 17, 2), (0, 19, 2), (0, 21, 2), (0, 31, 2), (1, 2, 6), (1, 3, 3), (1, 7, 4), (1, 13, 5), (1, 17, 1), (1, 19, 2), (1, 21, 2),
        (1, 30, 2), (2, 3, 3), (2, 7, 4), (2, 8, 5), (2, 9, 1), (2, 13, 3), (2, 27, 2), (2, 28, 2), (2, 32, 2), (3, 7, 3), (3, 12, 3), (3,
        13, 3), (4, 6, 2), (4, 10, 3), (5, 6, 5), (5, 10, 3), (5, 16, 3), (6, 16, 3), (8, 30, 3), (8, 32, 3), (8, 33, 4), (9, 33, 2), (13,
        33, 3), (14, 32, 3), (14, 33, 2), (15, 32, 3), (15, 33, 4), (18, 32, 1), (18, 33, 2), (19, 33, 1), (20, 32, 3), (20, 33, 1), (22,
        32, 2), (22, 33, 3), (23, 25, 5), (23, 27, 4), (23, 29, 3), (23, 32, 5), (23, 33, 4), (24, 25, 2), (24, 27, 3), (24, 31, 2), (25,
        31, 7), (26, 29, 4), (26, 33, 2), (27, 33, 4), (28, 31, 2), (28, 33, 2), (29, 32, 4), (29, 33, 2), (30, 32, 3), (30, 33, 3), (31,
        32, 4), (31, 33, 4), (32, 33, 5)
    ];

    public static readonly (int U, int V, double W)[] D1Edges =
        [(0, 1, 2.0), (1, 2, 1.0), (2, 0, 3.0), (2, 3, 1.5), (3, 4, 2.0), (4, 3, 0.5), (4, 5, 1.0), (1, 5, 4.0), (6, 5, 1.0)];

    public static readonly (int U, int V, double W)[] D2Edges =
    [
        (0, 1, 1.0), (1, 2, 2.0), (2, 3, 1.0), (3, 0, 2.5), (0, 2, 4.0), (3, 4, 1.0), (4, 5, 3.0), (5, 6, 1.0), (6, 4, 1.0),
        (5, 7, 2.0), (7, 8, 1.0), (8, 7, 1.0), (8, 9, 0.5), (1, 9, 7.0),
    ];

    public static CsrGraph Karate() => Build(34, directed: false, KarateEdges);

    public static CsrGraph D1() => Build(8, directed: true, D1Edges);

    public static CsrGraph D2() => Build(10, directed: true, D2Edges);

    public static readonly int[] KarateMrHi = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21];

    public const double KarateLouvainUnweighted = 0.3853550295857988;
    public const double KarateLouvainWeighted = 0.42662243960945256;
    public const double D2UndirectedLouvain = 0.49948559670781895;
    public const double D2DirectedModularityOfThreeGroups = 0.3048469387755103;
    public const double KarateClubsModularityWeighted = 0.39143756676224206;
    public const double KarateClubsModularityUnweighted = 0.3582347140039448;

    private static CsrGraph Build(int n, bool directed, (int U, int V, double W)[] edges)
    {
        var builder = new CsrGraphBuilder(n, directed);
        foreach (var (u, v, w) in edges) builder.AddEdge(u, v, w);
        return builder.Build();
    }

    /// <summary>Largest |actual - expected| over all vertices, so a failure shows by how much.</summary>
    public static double MaxDeviation(IReadOnlyList<double> actual, IReadOnlyList<double> expected)
    {
        if (actual.Count != expected.Count) return double.PositiveInfinity;
        var max = 0.0;
        for (var i = 0; i < actual.Count; i++) max = Math.Max(max, Math.Abs(actual[i] - expected[i]));
        return max;
    }

    public static readonly double[] KarateDegreeCentrality = [0.48484848484848486, 0.2727272727272727, 0.30303030303030304, 0.18181818181818182, 0.09090909090909091, 0.12121212121212122, 0.12121212121212122, 0.12121212121212122, 0.15151515151515152, 0.06060606060606061, 0.09090909090909091, 0.030303030303030304, 0.06060606060606061, 0.15151515151515152, 0.06060606060606061, 0.06060606060606061, 0.06060606060606061, 0.06060606060606061, 0.06060606060606061, 0.09090909090909091, 0.06060606060606061, 0.06060606060606061, 0.06060606060606061, 0.15151515151515152, 0.09090909090909091, 0.09090909090909091, 0.06060606060606061, 0.12121212121212122, 0.09090909090909091, 0.12121212121212122, 0.12121212121212122, 0.18181818181818182, 0.36363636363636365, 0.5151515151515151];
    public static readonly double[] KarateWeightedDegree = [42.0, 29.0, 33.0, 18.0, 8.0, 14.0, 13.0, 13.0, 17.0, 3.0, 8.0, 3.0, 4.0, 17.0, 5.0, 7.0, 6.0, 3.0, 3.0, 5.0, 4.0, 4.0, 5.0, 21.0, 7.0, 14.0, 6.0, 13.0, 6.0, 13.0, 11.0, 21.0, 38.0, 48.0];
    public static readonly double[] KaratePageRankUnweighted = [0.09700181758983709, 0.05287839103742701, 0.057078423047636745, 0.03586064322306479, 0.021979406974834498, 0.02911334166344221, 0.02911334166344221, 0.024490758039509182, 0.029765339186167028, 0.014308950284462801, 0.021979406974834498, 0.009564916863537148, 0.014645186487916191, 0.029536314977202986, 0.014535161524273825, 0.014535161524273825, 0.016785378110253487, 0.014558859774243493, 0.014535161524273825, 0.019604416711937293, 0.014535161524273825, 0.014558859774243493, 0.014535161524273825, 0.03152091531163228, 0.021075455001162945, 0.021005628174745786, 0.015043395360629753, 0.025638803528350497, 0.01957296050943854, 0.02628726283711208, 0.02458933653429248, 0.03715663592267942, 0.07169213006588289, 0.1009179167487121];
    public static readonly double[] KarateBetweennessUnweighted = [0.43763528138528146, 0.053936688311688304, 0.14365680615680618, 0.011909271284271283, 0.0006313131313131313, 0.02998737373737374, 0.029987373737373736, 0.0, 0.05592682780182781, 0.0008477633477633478, 0.0006313131313131313, 0.0, 0.0, 0.04586339586339586, 0.0, 0.0, 0.0, 0.0, 0.0, 0.03247504810004811, 0.0, 0.0, 0.0, 0.017613636363636363, 0.0022095959595959595, 0.0038404882154882154, 0.0, 0.02233345358345358, 0.0017947330447330447, 0.0029220779220779218, 0.014411976911976909, 0.13827561327561325, 0.145247113997114, 0.30407497594997596];
    public static readonly double[] KarateClosenessUnweighted = [0.5689655172413793, 0.4852941176470588, 0.559322033898305, 0.4647887323943662, 0.3793103448275862, 0.38372093023255816, 0.38372093023255816, 0.44, 0.515625, 0.4342105263157895, 0.3793103448275862, 0.36666666666666664, 0.3707865168539326, 0.515625, 0.3707865168539326, 0.3707865168539326, 0.28448275862068967, 0.375, 0.3707865168539326, 0.5, 0.3707865168539326, 0.375, 0.3707865168539326, 0.39285714285714285, 0.375, 0.375, 0.3626373626373626, 0.4583333333333333, 0.4520547945205479, 0.38372093023255816, 0.4583333333333333, 0.5409836065573771, 0.515625, 0.55];
    public static readonly double[] KaratePageRankWeighted = [0.08850807396280014, 0.05741484049711007, 0.06276686454603018, 0.037212081536313786, 0.020503977347501656, 0.03381044255357728, 0.03152901134345505, 0.02646461867880611, 0.03338155566846445, 0.00946321956579996, 0.020689016083505596, 0.009785686547904307, 0.011474872305945287, 0.03347418708532241, 0.012941600888556289, 0.016376332623593663, 0.016755401561857987, 0.009677265915396801, 0.009544864590131916, 0.01307751843108197, 0.0112242350210376, 0.011360152563563281, 0.012960598606862793, 0.041145969646022136, 0.016634374450252683, 0.028672962013730714, 0.015240392773380827, 0.027235358397633885, 0.014478521774271624, 0.02827181383282513, 0.023031844250911867, 0.04198548926127874, 0.07592643687005647, 0.09698041880501744];
    public static readonly double[] KarateBetweennessWeighted = [0.4737689393939393, 0.06401515151515152, 0.0694128787878788, 0.0025252525252525255, 0.000946969696969697, 0.029356060606060608, 0.029356060606060608, 0.0, 0.02481060606060606, 0.01379419191919192, 0.000946969696969697, 0.0, 0.0, 0.0022727272727272726, 0.0, 0.0, 0.0, 0.030492424242424244, 0.005681818181818182, 0.24065656565656565, 0.0, 0.0, 0.0, 0.001893939393939394, 0.06407828282828282, 0.000946969696969697, 0.0, 0.01231060606060606, 0.019128787878787877, 0.0, 0.005681818181818182, 0.12563131313131315, 0.07222222222222223, 0.3967803030303029];
    public static readonly double[] KarateClosenessWeighted = [0.25384615384615383, 0.2, 0.19642857142857142, 0.17647058823529413, 0.1527777777777778, 0.15207373271889402, 0.15348837209302327, 0.18232044198895028, 0.19879518072289157, 0.1907514450867052, 0.17553191489361702, 0.14601769911504425, 0.20496894409937888, 0.1907514450867052, 0.17098445595854922, 0.1375, 0.10855263157894737, 0.19298245614035087, 0.1875, 0.24812030075187969, 0.2037037037037037, 0.17647058823529413, 0.15865384615384615, 0.13865546218487396, 0.15789473684210525, 0.12359550561797752, 0.16923076923076924, 0.15639810426540285, 0.20245398773006135, 0.1746031746031746, 0.1736842105263158, 0.2088607594936709, 0.2, 0.25190839694656486];
    public static readonly double[] KarateBetweennessRaw = [231.0714285714286, 28.478571428571424, 75.85079365079366, 6.288095238095237, 0.3333333333333333, 15.833333333333334, 15.833333333333332, 0.0, 29.529365079365082, 0.44761904761904764, 0.3333333333333333, 0.0, 0.0, 24.215873015873015, 0.0, 0.0, 0.0, 0.0, 0.0, 17.1468253968254, 0.0, 0.0, 0.0, 9.299999999999999, 1.1666666666666665, 2.0277777777777777, 0.0, 11.79206349206349, 0.9476190476190476, 1.5428571428571427, 7.609523809523807, 73.00952380952378, 76.69047619047619, 160.5515873015873];
    public static readonly double[] KarateClosenessNoWf = [0.5689655172413793, 0.4852941176470588, 0.559322033898305, 0.4647887323943662, 0.3793103448275862, 0.38372093023255816, 0.38372093023255816, 0.44, 0.515625, 0.4342105263157895, 0.3793103448275862, 0.36666666666666664, 0.3707865168539326, 0.515625, 0.3707865168539326, 0.3707865168539326, 0.28448275862068967, 0.375, 0.3707865168539326, 0.5, 0.3707865168539326, 0.375, 0.3707865168539326, 0.39285714285714285, 0.375, 0.375, 0.3626373626373626, 0.4583333333333333, 0.4520547945205479, 0.38372093023255816, 0.4583333333333333, 0.5409836065573771, 0.515625, 0.55];
    public static readonly double[] D1InDegree = [1.0, 1.0, 1.0, 2.0, 1.0, 3.0, 0.0, 0.0];
    public static readonly double[] D1OutDegree = [1.0, 2.0, 2.0, 1.0, 2.0, 0.0, 1.0, 0.0];
    public static readonly double[] D1WeightedInDegree = [3.0, 2.0, 1.0, 2.0, 2.0, 6.0, 0.0, 0.0];
    public static readonly double[] D1WeightedOutDegree = [2.0, 5.0, 4.5, 2.0, 1.5, 0.0, 1.0, 0.0];
    public static readonly double[] D1DegreeCentrality = [0.2857142857142857, 0.42857142857142855, 0.42857142857142855, 0.42857142857142855, 0.42857142857142855, 0.42857142857142855, 0.14285714285714285, 0.0];
    public static readonly double[] D1WeightedDegree = [5.0, 7.0, 5.5, 4.0, 3.5, 6.0, 1.0, 0.0];
    public static readonly double[] D1PageRankUnweighted = [0.0901436404285447, 0.12414499245832446, 0.10028461591978417, 0.1727443304621838, 0.19435707357367732, 0.22327952656860856, 0.04752291029443852, 0.04752291029443852];
    public static readonly double[] D1BetweennessUnweighted = [0.03571428571428571, 0.10714285714285714, 0.11904761904761904, 0.08333333333333333, 0.03571428571428571, 0.0, 0.0, 0.0];
    public static readonly double[] D1ClosenessUnweighted = [0.19047619047619047, 0.19047619047619047, 0.19047619047619047, 0.32653061224489793, 0.22857142857142856, 0.5142857142857142, 0.0, 0.0];
    public static readonly double[] D1PageRankWeighted = [0.09999633176890688, 0.14020370432274254, 0.07904145920411246, 0.12282341404650865, 0.15960638880352448, 0.28791562255737274, 0.055206539648416084, 0.055206539648416084];
    public static readonly double[] D1BetweennessWeighted = [0.023809523809523808, 0.09523809523809523, 0.11904761904761904, 0.09523809523809523, 0.047619047619047616, 0.0, 0.0, 0.0];
    public static readonly double[] D1ClosenessWeighted = [0.08163265306122448, 0.08163265306122448, 0.14285714285714285, 0.25396825396825395, 0.13852813852813853, 0.26373626373626374, 0.0, 0.0];
    public static readonly double[] D1BetweennessRaw = [1.5, 4.5, 5.0, 3.5, 1.5, 0.0, 0.0, 0.0];
    public static readonly double[] D1ClosenessNoWf = [0.6666666666666666, 0.6666666666666666, 0.6666666666666666, 0.5714285714285714, 0.4, 0.6, 0.0, 0.0];
    public static readonly double[] D2InDegree = [1.0, 1.0, 2.0, 1.0, 2.0, 1.0, 1.0, 2.0, 1.0, 2.0];
    public static readonly double[] D2OutDegree = [2.0, 2.0, 1.0, 2.0, 1.0, 2.0, 1.0, 1.0, 2.0, 0.0];
    public static readonly double[] D2WeightedInDegree = [2.5, 1.0, 6.0, 1.0, 2.0, 3.0, 1.0, 3.0, 1.0, 7.5];
    public static readonly double[] D2WeightedOutDegree = [5.0, 9.0, 1.0, 3.5, 3.0, 3.0, 1.0, 1.0, 1.5, 0.0];
    public static readonly double[] D2DegreeCentrality = [0.3333333333333333, 0.3333333333333333, 0.3333333333333333, 0.3333333333333333, 0.3333333333333333, 0.3333333333333333, 0.2222222222222222, 0.3333333333333333, 0.3333333333333333, 0.2222222222222222];
    public static readonly double[] D2WeightedDegree = [7.5, 10.0, 7.0, 4.5, 5.0, 6.0, 2.0, 4.0, 2.5, 7.5];
    public static readonly double[] D2PageRankUnweighted = [0.05977339174081699, 0.049476492112691055, 0.07050397758269164, 0.08400128241119642, 0.128338453488831, 0.13316316656669236, 0.08066678509932002, 0.14230571787851928, 0.14503144029040094, 0.10673929282884043];
    public static readonly double[] D2BetweennessUnweighted = [0.06944444444444445, 0.041666666666666664, 0.18055555555555555, 0.2638888888888889, 0.2777777777777778, 0.2638888888888889, 0.013888888888888888, 0.1388888888888889, 0.05555555555555555, 0.0];
    public static readonly double[] D2ClosenessUnweighted = [0.16666666666666666, 0.16666666666666666, 0.25, 0.19999999999999998, 0.3333333333333333, 0.25, 0.19999999999999998, 0.2962962962962963, 0.2293906810035842, 0.36];
    public static readonly double[] D2PageRankWeighted = [0.08191868575853205, 0.037258108186544785, 0.08607388205722637, 0.09649485224001102, 0.09080716673496081, 0.10051755996033296, 0.05181198158235964, 0.18041107878846088, 0.17668335050187817, 0.09802333418969326];
    public static readonly double[] D2BetweennessWeighted = [0.041666666666666664, 0.125, 0.18055555555555555, 0.2638888888888889, 0.3055555555555555, 0.29166666666666663, 0.013888888888888888, 0.16666666666666666, 0.08333333333333333, 0.0];
    public static readonly double[] D2ClosenessWeighted = [0.08695652173913043, 0.1111111111111111, 0.09523809523809523, 0.125, 0.26666666666666666, 0.12903225806451613, 0.12121212121212122, 0.15458937198067632, 0.1341719077568134, 0.1782178217821782];
    public static readonly double[] D2BetweennessRaw = [5.0, 3.0, 13.0, 19.0, 20.0, 19.0, 1.0, 10.0, 4.0, 0.0];
    public static readonly double[] D2ClosenessNoWf = [0.5, 0.5, 0.75, 0.6, 0.5, 0.375, 0.3, 0.3333333333333333, 0.25806451612903225, 0.36];
}
