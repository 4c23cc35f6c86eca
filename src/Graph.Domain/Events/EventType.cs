namespace Graph.Domain.Events;

/// <summary>The twenty event types of the annotation guide. Their names are the relationship types stored in Neo4j.</summary>
public enum EventType
{
    MEET,
    PHONE_CALL,
    NEGOTIATE,
    AGREE,
    INTEND_MEET,
    SUPPORT,
    APPEAL,
    AID,
    RELEASE,
    EASE_SANCTIONS,
    CONCERN,
    CRITICIZE,
    ACCUSE,
    DENY,
    REJECT,
    THREATEN,
    SANCTION,
    REDUCE_RELATIONS,
    MOBILIZE,
    ATTACK,
}
