-- Hits this node issued as a holding force, one row per hit: which query (correlation id) and query message it
-- answered, to whom, about which hearing, and until when an alert may quote it. Kept while the hit or an alert made
-- from it exists, so a later correction or withdrawal of the hearing finds everyone who received it.
create table issued_hit (
    hit_id            varchar(36)  not null primary key,
    query_id          varchar(36)  not null,
    query_message_id  varchar(36)  not null,
    recipient         varchar(16)  not null,
    hearing_id        varchar(36)  not null references hearing (hearing_id),
    issued_at         timestamp    not null,
    expires_at        timestamp    not null
);
create index issued_hit_hearing on issued_hit (hearing_id);
create index issued_hit_recipient on issued_hit (recipient, query_id);

-- Each part of a peer's answer to one of our queries, accepted once: a peer's answer is complete when all its parts
-- (part 1..parts) are here.
create table hearing_answer_part (
    query_id          varchar(36)  not null references hearing_query (query_id),
    peer              varchar(16)  not null,
    part              integer      not null,
    parts             integer      not null,
    message_id        varchar(36)  not null,
    received_at       timestamp    not null,
    primary key (query_id, peer, part)
);

-- Quota counters (peers' messages, officers' queries), shared by every instance of the node: one row per quota and
-- subject, counting uses since its window started.
create table quota_counter (
    quota_key         varchar(100) not null primary key,
    window_start      timestamp    not null,
    used              integer      not null
);
