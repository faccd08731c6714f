-- DVDS applications made at this force. The parties (A, B and any applicant C) stay here: only B's blinded
-- encoding travels, in step 1. Categories are comma-separated data category codes.
create table dvds_application (
    application_id        varchar(36)   not null primary key,
    route                 varchar(16)   not null,
    status                varchar(20)   not null,
    officer_id            varchar(64)   not null,
    officer_role          varchar(32)   not null,
    received_on           date          not null,
    created_at            timestamp     not null,
    parties_json          varchar(8000) not null,
    legal_basis           varchar(40),
    consent_state         varchar(32),
    consent_justification varchar(2000),
    categories            varchar(400)  not null,
    source_alert_id       varchar(36),
    check_deadline        timestamp,
    decided_on            date,
    disclosed             boolean,
    decision_json         varchar(2000),
    breach_sent           boolean       not null,
    reminders_sent        varchar(100)  not null
);
create index dvds_application_status on dvds_application (status);
create index dvds_application_alert on dvds_application (source_alert_id);

-- Extensions of an application's deadline, each with its recorded reason.
create table dvds_extension (
    application_id varchar(36)  not null references dvds_application (application_id),
    seq            integer      not null,
    days           integer      not null,
    reason         varchar(500) not null,
    officer_id     varchar(64)  not null,
    extended_at    timestamp    not null,
    primary key (application_id, seq)
);

-- Reminders and the breach notice, as the officer sees them in the workspace.
create table dvds_clock_event (
    application_id varchar(36) not null references dvds_application (application_id),
    kind           varchar(16) not null,
    day_number     integer     not null,
    raised_at      timestamp   not null,
    primary key (application_id, kind, day_number)
);

-- Each force an application asked: step 1 (check) and step 2 (request), each with a lookup.PeerStatus.
create table dvds_force (
    application_id     varchar(36)   not null references dvds_application (application_id),
    force_code         varchar(16)   not null,
    check_message_id   varchar(36)   not null,
    check_status       varchar(20)   not null,
    check_reason_code  varchar(60),
    hit_id             varchar(36),
    band               varchar(20),
    request_message_id varchar(36),
    request_status     varchar(20),
    request_reason_code varchar(60),
    answer_json        varchar(8000),
    answered_at        timestamp,
    primary key (application_id, force_code)
);

-- Hits this node issued as a holding force in step 1: which person, to whom, for which application, until when a
-- DisclosureRequest may quote it.
create table dvds_issued_hit (
    hit_id           varchar(36) not null primary key,
    application_id   varchar(36) not null,
    check_message_id varchar(36) not null,
    recipient        varchar(16) not null,
    person_id        varchar(36) not null references local_person (person_id),
    issued_at        timestamp   not null,
    expires_at       timestamp   not null
);

-- Disclosure requests from other forces, for this force's DVDS officers to answer.
create table dvds_incoming_request (
    request_id           varchar(36)  not null primary key,
    message_id           varchar(36)  not null unique,
    asker                varchar(16)  not null,
    application_id       varchar(36)  not null,
    hit_id               varchar(36)  not null references dvds_issued_hit (hit_id),
    route                varchar(16)  not null,
    purpose              varchar(32)  not null,
    legal_basis          varchar(40)  not null,
    consent_state        varchar(32)  not null,
    consent_justification varchar(2000),
    categories           varchar(400) not null,
    requester_officer_id varchar(64)  not null,
    received_at          timestamp    not null,
    answer_by            timestamp    not null,
    status               varchar(16)  not null,
    answered_by          varchar(64),
    answered_at          timestamp,
    reason_code          varchar(60)
);
create index dvds_incoming_request_status on dvds_incoming_request (status);
