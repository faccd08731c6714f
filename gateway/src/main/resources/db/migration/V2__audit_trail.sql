-- The audit trail: append-only and hash-chained. Codes and ids only, never personal data.
-- entry_hash = SHA-256 over the canonical encoding of every other column (see AuditEntryHash), and each
-- entry's prev_hash is the entry_hash of the entry before it (32 zero bytes before seq 1).
create table audit_entry (
    seq              bigint       not null primary key,
    recorded_at      timestamp    not null,
    node             varchar(16)  not null,
    action           varchar(40)  not null,
    message_id       varchar(36),
    correlation_id   varchar(36),
    counterpart      varchar(16),
    actor_officer_id varchar(64),
    actor_role       varchar(60),
    purpose          varchar(60),
    outcome          varchar(60)  not null,
    reason_code      varchar(60),
    prev_hash        bytea        not null,
    entry_hash       bytea        not null
);

create index audit_entry_message on audit_entry (message_id);
create index audit_entry_recorded on audit_entry (recorded_at);

-- One row, locked FOR UPDATE by every append: it serialises appends across threads and node instances, so
-- seqs stay gap-free and the chain linear. last_hash is null until the first entry.
create table audit_head (
    id        integer not null primary key check (id = 1),
    last_seq  bigint  not null,
    last_hash bytea
);

insert into audit_head (id, last_seq, last_hash) values (1, 0, null);

-- Signed checkpoints: statement is the exact canonical JSON that was signed, signature the raw 64-byte
-- Ed25519 signature, signing_certificate the signer's DER certificate.
create table audit_checkpoint (
    seq                 bigint not null primary key,
    statement           bytea  not null,
    signature           bytea  not null,
    signing_certificate bytea  not null
);
