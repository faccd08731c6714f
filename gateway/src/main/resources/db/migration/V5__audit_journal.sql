-- Events are first written here, in the transaction of the change they record, with no lock shared between
-- transactions. The chainer then moves them to audit_entry in batches, in id order, giving each its seq and
-- hash under the audit_head lock (see AuditChainer). A row lives here for milliseconds after its commit.
create sequence audit_journal_seq;

create table audit_journal (
    id               bigint       not null primary key,
    recorded_at      timestamp    not null,
    action           varchar(40)  not null,
    message_id       varchar(36),
    correlation_id   varchar(36),
    counterpart      varchar(16),
    actor_officer_id varchar(64),
    actor_role       varchar(60),
    purpose          varchar(60),
    outcome          varchar(60)  not null,
    reason_code      varchar(60)
);
