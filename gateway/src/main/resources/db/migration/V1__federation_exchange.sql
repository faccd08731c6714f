-- Messages accepted from peers, kept exactly as signed so they can be re-verified.
-- The primary key on message_id is the replay guard that survives restarts.
create table inbound_message (
    message_id                 varchar(36)  not null primary key,
    correlation_id             varchar(36)  not null,
    message_type               varchar(40)  not null,
    sender                     varchar(16)  not null,
    recipient                  varchar(16)  not null,
    created_at                 timestamp    not null,
    expires_at                 timestamp    not null,
    received_at                timestamp    not null,
    purpose                    varchar(40)  not null,
    legal_basis                varchar(60)  not null,
    requester_officer_id       varchar(64)  not null,
    requester_role             varchar(40)  not null,
    consent_state              varchar(40)  not null,
    body                       bytea        not null,
    signature                  bytea        not null,
    signing_certificate        bytea        not null,
    signing_certificate_sha256 varchar(64)  not null,
    tls_certificate_sha256     varchar(64)  not null
);

create index inbound_message_correlation on inbound_message (correlation_id, received_at);
