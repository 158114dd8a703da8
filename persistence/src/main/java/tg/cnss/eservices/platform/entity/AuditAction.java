package tg.cnss.eservices.platform.entity;

/** What an audit line records. New kinds are added as the portal grows (decisions, API calls). */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_PASSWORD_ACCEPTED,
    SECOND_FACTOR_FAILED,
    SECOND_FACTOR_CHANGED,
    RECOVERY_CODE_USED,
    ACCOUNT_LOCKED,
    SIGN_IN_WHILE_LOCKED,
    SIGN_OUT,
    ACCESS_DENIED,
    AGENT_DECISION,
    ITEM_REASSIGNED,
    SIGN_UP_STARTED,
    SIGN_UP_MISMATCH,
    SIGN_UP_CODE_FAILED,
    SIGN_UP_VERIFIED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_CHANGED,
    ACCOUNT_ADMINISTERED,
    DEAD_LETTER_REPLAYED,
    ROUTING_CHANGED
}
