-- Inbound messages are processed after they are accepted: each capability handles its own message types.
alter table inbound_message add column processing_status varchar(12);
update inbound_message set processing_status = 'PROCESSED';
alter table inbound_message alter column processing_status set not null;
alter table inbound_message add column processing_attempts integer default 0 not null;
alter table inbound_message add column next_processing_at timestamp;
alter table inbound_message add column processed_at timestamp;
alter table inbound_message add column processing_outcome varchar(60);
create index inbound_message_processing on inbound_message (processing_status, next_processing_at);
create index inbound_message_sender_correlation on inbound_message (sender, correlation_id, arrival_seq);

-- People this force's own systems hold. Personal data: it never leaves the node; only blinded encodings travel.
create table local_person (
    person_id        varchar(36)   not null primary key,
    adapter_id       varchar(40)   not null,
    local_person_id  varchar(80)   not null,
    identity_json    varchar(8000) not null,
    updated_at       timestamp     not null,
    constraint local_person_source unique (adapter_id, local_person_id)
);

-- Hearings this force's panels held: the local hearing index is built from these.
create table hearing (
    hearing_id       varchar(36)  not null primary key,
    adapter_id       varchar(40)  not null,
    local_reference  varchar(80)  not null,
    forum            varchar(8)   not null,
    heard_on         date         not null,
    person_id        varchar(36)  not null references local_person (person_id),
    contact_name     varchar(120) not null,
    contact_phone    varchar(40),
    contact_email    varchar(120),
    score_tool       varchar(20),
    score_version    varchar(20),
    score_value      varchar(20),
    recorded_at      timestamp    not null,
    constraint hearing_source unique (adapter_id, forum, local_reference)
);
create index hearing_person on hearing (person_id);
create index hearing_reference on hearing (local_reference);

-- New referrals to this force's panels; each starts a prior-hearing query.
create table referral (
    referral_id      varchar(36)  not null primary key,
    adapter_id       varchar(40)  not null,
    local_reference  varchar(80)  not null,
    forum            varchar(8)   not null,
    referred_on      date         not null,
    person_id        varchar(36)  not null references local_person (person_id),
    contact_name     varchar(120) not null,
    contact_phone    varchar(40),
    contact_email    varchar(120),
    officer_id       varchar(64)  not null,
    officer_role     varchar(40)  not null,
    consent_state    varchar(40)  not null,
    consent_justification varchar(2000),
    recorded_at      timestamp    not null,
    constraint referral_source unique (adapter_id, local_reference)
);

-- A prior-hearing query: its id is the correlation id of every message about it.
create table hearing_query (
    query_id         varchar(36)  not null primary key,
    referral_id      varchar(36)  not null references referral (referral_id),
    key_version      integer      not null,
    started_at       timestamp    not null,
    deadline         timestamp    not null,
    completed_at     timestamp,
    status           varchar(12)  not null
);
create index hearing_query_open on hearing_query (status, deadline);
create index hearing_query_referral on hearing_query (referral_id);

-- Each peer asked, and what became of it: ASKED, ANSWERED, REFUSED, NO_ANSWER_IN_TIME, ANSWERED_LATE.
create table hearing_query_peer (
    query_id         varchar(36)  not null references hearing_query (query_id),
    peer             varchar(16)  not null,
    message_id       varchar(36),
    status           varchar(20)  not null,
    answered_at      timestamp,
    reason_code      varchar(60),
    hit_count        integer,
    primary key (query_id, peer)
);

-- Hits as the holding force reported them: forum, date, reference, contact and band, never identity fields.
create table hearing_hit (
    query_id         varchar(36)  not null references hearing_query (query_id),
    hit_id           varchar(36)  not null,
    holder           varchar(16)  not null,
    forum            varchar(8)   not null,
    heard_on         date         not null,
    reference        varchar(80)  not null,
    contact_name     varchar(120) not null,
    contact_phone    varchar(40),
    contact_email    varchar(120),
    band             varchar(16)  not null,
    score_tool       varchar(20),
    score_version    varchar(20),
    score_value      varchar(20),
    received_at      timestamp    not null,
    primary key (query_id, hit_id)
);

-- Alerts for this force's panel coordinators.
--   PRIOR_HEARING_ELSEWHERE: at the referring force, a referral matched a hearing held by another force.
--   REFERRED_ELSEWHERE:      at the holding force, a person its panel heard was referred in another area.
-- status: REVIEW (a possible match, waiting for a coordinator), OPEN, ACKNOWLEDGED, or NOT_SAME_PERSON.
create table alert (
    alert_id            varchar(36)  not null primary key,
    kind                varchar(24)  not null,
    status              varchar(16)  not null,
    band                varchar(16)  not null,
    created_at          timestamp    not null,
    other_force         varchar(16)  not null,
    query_id            varchar(36),
    hit_id              varchar(36),
    referral_id         varchar(36),
    hearing_id          varchar(36),
    heard_forum         varchar(8)   not null,
    heard_on            date         not null,
    heard_reference     varchar(80)  not null,
    referral_forum      varchar(8)   not null,
    referred_on         date         not null,
    referral_reference  varchar(80)  not null,
    contact_name        varchar(120) not null,
    contact_phone       varchar(40),
    contact_email       varchar(120),
    score_tool          varchar(20),
    score_version       varchar(20),
    score_value         varchar(20),
    repeat_in_window    boolean      not null,
    escalation          boolean      not null,
    acknowledged_by     varchar(64),
    acknowledged_at     timestamp,
    action_code         varchar(40),
    action_note         varchar(2000),
    constraint alert_once unique (kind, query_id, hit_id)
);
create index alert_status on alert (status, created_at);

-- Push of each new alert, by channel (EMAIL, WEBHOOK), retried until sent.
create table alert_push (
    alert_id         varchar(36)  not null references alert (alert_id),
    channel          varchar(8)   not null,
    status           varchar(8)   not null,
    attempts         integer      not null,
    next_attempt_at  timestamp    not null,
    last_error       varchar(60),
    primary key (alert_id, channel)
);
create index alert_push_due on alert_push (status, next_attempt_at);
