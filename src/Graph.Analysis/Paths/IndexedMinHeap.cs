namespace Graph.Analysis.Paths;

/// <summary>
/// A binary min-heap of vertex indices keyed by distance, with decrease-key, so Dijkstra holds each
/// vertex at most once. Equal keys pop in insertion order (a sequence number breaks ties), which
/// keeps results independent of heap internals.
/// </summary>
internal sealed class IndexedMinHeap
{
    private readonly int[] _heap;
    private readonly int[] _position;
    private readonly double[] _key;
    private readonly long[] _sequence;
    private long _nextSequence;
    private readonly bool _stableTies;

    /// <param name="stableTies">Pop equal keys in insertion order; callers whose result cannot depend on that order skip the extra comparison.</param>
    public IndexedMinHeap(int capacity, bool stableTies = true)
    {
        _stableTies = stableTies;
        _heap = new int[capacity];
        _position = new int[capacity];
        _key = new double[capacity];
        _sequence = new long[capacity];
        Array.Fill(_position, -1);
    }

    public int Count { get; private set; }

    public bool Contains(int vertex) => _position[vertex] >= 0;

    /// <summary>Inserts the vertex, or lowers its key when it is already queued.</summary>
    public void InsertOrDecrease(int vertex, double key)
    {
        var at = _position[vertex];
        if (at < 0)
        {
            at = Count++;
            _heap[at] = vertex;
            _position[vertex] = at;
        }
        _key[vertex] = key;
        _sequence[vertex] = _nextSequence++;
        SiftUp(at);
    }

    public int Pop(out double key)
    {
        var top = _heap[0];
        key = _key[top];
        _position[top] = -1;
        Count--;
        if (Count > 0)
        {
            _heap[0] = _heap[Count];
            _position[_heap[0]] = 0;
            SiftDown(0);
        }
        return top;
    }

    private bool Less(int a, int b) => _key[a] < _key[b] || (_stableTies && _key[a] == _key[b] && _sequence[a] < _sequence[b]);

    private void SiftUp(int i)
    {
        var item = _heap[i];
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Less(item, _heap[parent])) break;
            _heap[i] = _heap[parent];
            _position[_heap[i]] = i;
            i = parent;
        }
        _heap[i] = item;
        _position[item] = i;
    }

    private void SiftDown(int i)
    {
        var item = _heap[i];
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= Count) break;
            if (child + 1 < Count && Less(_heap[child + 1], _heap[child])) child++;
            if (!Less(_heap[child], item)) break;
            _heap[i] = _heap[child];
            _position[_heap[i]] = i;
            i = child;
        }
        _heap[i] = item;
        _position[item] = i;
    }
}
