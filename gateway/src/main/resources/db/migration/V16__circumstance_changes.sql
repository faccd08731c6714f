-- Changes of circumstance notified under Domestic Abuse Protection Orders and Stalking Protection Orders.

-- One notification taken here, from an adapter or an officer. The people stay here (JSON, as local_person keeps
-- them); only the subject's blinded encoding and the new postcode district travel.
create table circumstance_change (
    notification_id      varchar(36)   not null primary key,
    source               varchar(40)   not null,
    local_reference      varchar(80)   not null,
    change_kind          varchar(16)   not null,
    order_type           varchar(8)    not null,
    order_reference      varchar(80)   not null,
    order_held_by        varchar(16)   not null,
    changed_on           date          not null,
    notified_on          date          not null,
    due_by               date          not null,
    deadline_missed      boolean       not null,
    new_district         varchar(4),
    subject_json         varchar(8000) not null,
    partner_json         varchar(8000),
    contact_name         varchar(120)  not null,
    contact_phone        varchar(40),
    contact_email        varchar(254),
    officer_id           varchar(64)   not null,
    officer_role         varchar(40)   not null,
    dvds_application_id  varchar(36),
    recorded_at          timestamp with time zone not null,
    constraint circumstance_change_source unique (source, local_reference)
);

-- Each force the notification concerns: told (SENT), raised here (LOCAL), or not told and why (NOT_REACHABLE,
-- POLICY_REFUSED). Keyed by member code, or by the force area's ONS code when no member covers it.
create table circumstance_change_target (
    notification_id  varchar(36)  not null references circumstance_change (notification_id),
    target           varchar(16)  not null,
    member_code      varchar(16),
    ons_force_code   varchar(9),
    reasons          varchar(80)  not null,
    delivery         varchar(16)  not null,
    reason_code      varchar(60),
    message_id       varchar(36),
    alert_id         varchar(36),
    primary key (notification_id, target)
);

-- Change-of-circumstance alerts have no hearing or referral; they carry the notice instead.
alter table alert alter column heard_forum drop not null;
alter table alert alter column heard_on drop not null;
alter table alert alter column heard_reference drop not null;
alter table alert alter column referral_forum drop not null;
alter table alert alter column referred_on drop not null;
alter table alert alter column referral_reference drop not null;
alter table alert add column change_kind varchar(16);
alter table alert add column order_type varchar(8);
alter table alert add column order_reference varchar(80);
alter table alert add column order_held_by varchar(16);
alter table alert add column changed_on date;
alter table alert add column notified_on date;
alter table alert add column new_district varchar(4);
alter table alert add column known_to_panels varchar(16);
alter table alert add column possible_non_compliance boolean;
