-- The newest federation directory this node has verified, exactly as signed, so that after a restart (or on
-- another instance of the node sharing this database) an older directory is refused and the newer one's
-- members are kept. One row; directory_sequence 0 means none seen yet (directory sequences start at 1).
create table directory_high_water (
    id                 smallint  not null primary key,
    directory_sequence bigint    not null,
    document           bytea,
    signature          bytea,
    updated_at         timestamp,
    constraint directory_high_water_one_row check (id = 1)
);

insert into directory_high_water (id, directory_sequence) values (1, 0);
