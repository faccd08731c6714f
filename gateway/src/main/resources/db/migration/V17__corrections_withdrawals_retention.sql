-- Corrections, withdrawals and retention. A withdrawn hearing or referral stays (marked) until its retention period
-- ends, so a late message about it is recognised and refused; a withdrawn hearing is never indexed or matched.
alter table hearing add column corrected_on date;
alter table hearing add column withdrawn_on date;
create index hearing_retention on hearing (forum, heard_on);
alter table referral add column withdrawn_on date;

-- At the referring force: what the holding force said later about a hit (CORRECTED, WITHDRAWN or PURGED), and when.
alter table hearing_hit add column amendment varchar(12);
alter table hearing_hit add column amended_on date;

-- On an alert: the last amendment of the record behind it, and its date, shown with the alert. A withdrawn or purged
-- record leaves the alert WITHDRAWN.
alter table alert add column amendment varchar(12);
alter table alert add column amended_on date;
create index alert_hearing on alert (hearing_id);
create index alert_referral on alert (referral_id);
