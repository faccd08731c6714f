-- Who a hearing or referral concerns as harmed, and in what role. A victim is a local_person like the subject,
-- reached only through these tables: the subjects' index never holds them, and only a query's own key ever
-- encodes them for another force.
alter table hearing add column subject_role varchar(12) default 'PERPETRATOR' not null;
alter table hearing add column abuse_type varchar(20);
alter table referral add column subject_role varchar(12) default 'PERPETRATOR' not null;
alter table referral add column abuse_type varchar(20);

create table hearing_victim (
    hearing_id    varchar(36) not null references hearing (hearing_id),
    position      integer     not null,
    person_id     varchar(36) not null references local_person (person_id),
    relationship  varchar(20) not null,
    victim_role   varchar(12) not null,
    primary key (hearing_id, position)
);
create index hearing_victim_person on hearing_victim (person_id);

create table referral_victim (
    referral_id   varchar(36) not null references referral (referral_id),
    position      integer     not null,
    person_id     varchar(36) not null references local_person (person_id),
    relationship  varchar(20) not null,
    victim_role   varchar(12) not null,
    primary key (referral_id, position)
);

-- At the referring force: what each hit said of the matched person's role, the abuse heard, and ages.
alter table hearing_hit add column subject_role varchar(12) default 'PERPETRATOR' not null;
alter table hearing_hit add column abuse_type varchar(20);
alter table hearing_hit add column subject_under_16 boolean default false not null;
alter table hearing_hit add column victim_under_16 boolean default false not null;

-- The victims a hit carried, as encodings under the query's own key: kept only until expires_at.
create table hearing_hit_victim (
    query_id      varchar(36)   not null,
    hit_id        varchar(36)   not null,
    position      integer       not null,
    relationship  varchar(20)   not null,
    encoding_json varchar(8000) not null,
    expires_at    timestamp     not null,
    primary key (query_id, hit_id, position)
);
create index hearing_hit_victim_expiry on hearing_hit_victim (expires_at);

-- On an alert: the patterns seen across forces, and why it is held for review.
alter table alert add column subject_role varchar(12);
alter table alert add column abuse_type varchar(20);
alter table alert add column subject_under_16 boolean default false not null;
alter table alert add column victim_under_16 boolean default false not null;
alter table alert add column serial_victims integer;
alter table alert add column serial_forces integer;
alter table alert add column serial_window varchar(12);
alter table alert add column hold_reason varchar(24);
alter table alert add column hold_force varchar(16);
alter table alert add column hold_on date;
alter table alert add column mappa_prompt boolean default false not null;
