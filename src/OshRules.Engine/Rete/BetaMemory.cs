namespace OshRules.Engine.Rete;

/// <summary>A session's state of one beta node: left tokens and right facts, bucketed by join key.</summary>
internal sealed class BetaMemory
{
    private readonly Dictionary<object, List<Token>>? _leftIndex;
    private readonly Dictionary<object, List<RightEntry>>? _rightIndex;
    private List<Token>? _leftAll;
    private List<RightEntry>? _rightAll;

    public BetaMemory(bool indexed)
    {
        if (indexed)
        {
            _leftIndex = [];
            _rightIndex = [];
        }
    }

    public List<Token>? LeftBucket(object key) =>
        _leftIndex is null ? _leftAll : _leftIndex.GetValueOrDefault(key);

    public List<RightEntry>? RightBucket(object key) =>
        _rightIndex is null ? _rightAll : _rightIndex.GetValueOrDefault(key);

    public void AddLeft(Token token)
    {
        List<Token> bucket;
        if (_leftIndex is null)
        {
            bucket = _leftAll ??= [];
        }
        else if (!_leftIndex.TryGetValue(token.Key!, out bucket!))
        {
            bucket = new List<Token>(1);
            _leftIndex.Add(token.Key!, bucket);
        }

        Slots.Add(bucket, token);
    }

    public void RemoveLeft(Token token)
    {
        List<Token> bucket = _leftIndex is null ? _leftAll! : _leftIndex[token.Key!];
        Slots.Remove(bucket, token);
        if (bucket.Count == 0 && _leftIndex is not null)
        {
            _leftIndex.Remove(token.Key!);
        }
    }

    public void AddRight(RightEntry entry)
    {
        List<RightEntry> bucket;
        if (_rightIndex is null)
        {
            bucket = _rightAll ??= [];
        }
        else if (!_rightIndex.TryGetValue(entry.Key, out bucket!))
        {
            bucket = new List<RightEntry>(1);
            _rightIndex.Add(entry.Key, bucket);
        }

        Slots.Add(bucket, entry);
    }

    public void RemoveRight(RightEntry entry)
    {
        List<RightEntry> bucket = _rightIndex is null ? _rightAll! : _rightIndex[entry.Key];
        Slots.Remove(bucket, entry);
        if (bucket.Count == 0 && _rightIndex is not null)
        {
            _rightIndex.Remove(entry.Key);
        }
    }
}
