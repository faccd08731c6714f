-- Deliveries to the force's own systems (alerts, disclosure requests), one row per channel: EMAIL, WEBHOOK or an
-- adapter's channel id. A delivery keeps its id on every channel and every retry; receivers de-duplicate on it.
create table local_push (
    delivery_id      varchar(36)  not null,
    channel          varchar(64)  not null,
    kind             varchar(24)  not null,
    subject_id       varchar(36)  not null,
    status           varchar(8)   not null,
    attempts         integer      not null,
    next_attempt_at  timestamp    not null,
    last_error       varchar(60),
    primary key (delivery_id, channel)
);
create index local_push_due on local_push (status, next_attempt_at);

-- The alert pushes already queued carry on: an alert's id is its delivery id.
insert into local_push (delivery_id, channel, kind, subject_id, status, attempts, next_attempt_at, last_error)
    select alert_id, channel, 'ALERT', alert_id, status, attempts, next_attempt_at, last_error from alert_push;
drop table alert_push;

-- DVDS applications from a case system's adapter: stored once per adapter and local reference.
alter table dvds_application add column source varchar(40);
alter table dvds_application add column local_reference varchar(80);
alter table dvds_application add constraint dvds_application_once unique (source, local_reference);
