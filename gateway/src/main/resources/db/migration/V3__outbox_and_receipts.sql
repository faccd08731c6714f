-- Store-and-forward delivery. A message is written here, signed, in the same transaction as the change
-- that caused it, and leaves only when the recipient's signed receipt has been verified.
create table outbox_message (
    message_id        varchar(36)  not null primary key,
    correlation_id    varchar(36)  not null,
    correlation_seq   bigint       not null,
    recipient         varchar(16)  not null,
    message_type      varchar(40)  not null,
    purpose           varchar(40)  not null,
    requester_officer_id varchar(64) not null,
    requester_role    varchar(40)  not null,
    body              bytea        not null,
    signature         bytea        not null,
    created_at        timestamp    not null,
    expires_at        timestamp    not null,
    status            varchar(12)  not null,
    attempts          integer      not null,
    next_attempt_at   timestamp    not null,
    claimed_by        varchar(80),
    claim_expires_at  timestamp,
    last_error        varchar(64),
    delivered_at      timestamp,
    -- Messages under one correlation id leave in the order they were queued.
    constraint outbox_correlation_order unique (recipient, correlation_id, correlation_seq)
);

create index outbox_message_due on outbox_message (status, next_attempt_at);

-- Orders messages as they are queued, across every instance sharing this database.
create sequence outbox_order_seq;

-- One row per (recipient, correlation), locked while a message joins that correlation, so queue positions
-- are taken in commit order even when several transactions or instances queue into it at once.
create table outbox_correlation (
    recipient       varchar(16)  not null,
    correlation_id  varchar(36)  not null,
    primary key (recipient, correlation_id)
);

-- The recipient's signed receipt for each delivered message, as it arrived.
create table outbound_receipt (
    message_id          varchar(36)  not null primary key,
    receipt_id          varchar(36)  not null,
    receipt             bytea        not null,
    signature           bytea        not null,
    signing_certificate bytea        not null,
    stored_at           timestamp    not null
);

-- The receiver keeps the receipt it issued, so a repeated message gets the very same receipt back.
alter table inbound_message add column message_sha256 varchar(64);
alter table inbound_message add column correlation_seq bigint;
alter table inbound_message add column receipt bytea;
alter table inbound_message add column receipt_signature bytea;
-- The order in which this node accepted (and so processed) messages.
create sequence inbound_arrival_seq;
alter table inbound_message add column arrival_seq bigint;
