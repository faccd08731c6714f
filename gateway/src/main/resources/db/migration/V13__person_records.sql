-- Records this force holds about a person beyond its panels' hearings: convictions, cautions and other out-of-court
-- disposals, orders and markers. The person is in local_person, and so in the local index; a DVDS officer reads the
-- records when another force asks for a disclosure. The summary follows FieldRules.RECORD_SUMMARY (500 characters).
create table person_record (
    record_id        varchar(36)  not null primary key,
    person_id        varchar(36)  not null references local_person (person_id),
    adapter_id       varchar(40)  not null,
    local_reference  varchar(80)  not null,
    kind             varchar(24)  not null,
    record_date      date         not null,
    ends_on          date,
    summary          varchar(500) not null,
    recorded_at      timestamp    not null,
    constraint person_record_source unique (adapter_id, local_reference)
);
create index person_record_person on person_record (person_id);
