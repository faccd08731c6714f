-- Everyone a step-1 hit stands for at the holding force. One person is often held twice, by two adapters (the MARAC
-- spreadsheet and the records system): every local person matched with the best band is listed, so the holding
-- officer sees all their records.
create table dvds_issued_hit_person (
    hit_id    varchar(36) not null references dvds_issued_hit (hit_id),
    person_id varchar(36) not null references local_person (person_id),
    primary key (hit_id, person_id)
);
