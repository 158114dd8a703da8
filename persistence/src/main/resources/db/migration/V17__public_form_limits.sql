-- Security review (issue 8, finding 3): each accepted public form (pre-registration, sign-up) is
-- one line per bucket it counts in — its client address and the whole portal — so that the
-- limits per hour and per day hold across the nodes of a cluster and survive restarts.
CREATE TABLE rate_limit_hit (
    id          BIGINT        NOT NULL,
    bucket      VARCHAR(100)  NOT NULL,
    occurred_at ${timestamp}  NOT NULL,
    CONSTRAINT pk_rate_limit_hit PRIMARY KEY (id)
)${table_options};

CREATE INDEX ix_rate_limit_hit_bucket ON rate_limit_hit (bucket, occurred_at);
