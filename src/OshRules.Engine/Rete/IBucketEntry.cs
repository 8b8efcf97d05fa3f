namespace OshRules.Engine.Rete;

/// <summary>An entry of a beta memory's bucket (left or right): its key and its neighbours in the bucket, by number.</summary>
internal interface IBucketEntry
{
    /// <summary>The hash key of the indexed equality (or a shared sentinel when the node is not indexed).</summary>
    object Key { get; }

    int PrevInBucket { get; set; }

    int NextInBucket { get; set; }
}
