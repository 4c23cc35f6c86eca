namespace Graph.Analysis.Actors;

/// <summary>What an edge weight between two actors stands for.</summary>
public enum EdgeWeighting
{
    /// <summary>The number of events.</summary>
    EventCount,

    /// <summary>The sum of the Goldstein scores of the cooperative events (Goldstein &gt; 0); pairs without any have no edge.</summary>
    Cooperation,

    /// <summary>The sum of |Goldstein| of the conflictual events (Goldstein &lt; 0); pairs without any have no edge.</summary>
    Conflict,
}
