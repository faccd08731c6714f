-- Column widths follow the field rules of the adapter API (FieldRules), which the wire schemas follow too.
-- An email address may be as long as SMTP carries (254 characters).
alter table hearing alter column contact_email set data type varchar(254);
alter table referral alter column contact_email set data type varchar(254);
alter table hearing_hit alter column contact_email set data type varchar(254);
alter table alert alter column contact_email set data type varchar(254);
-- A processing outcome is REFUSED_ and a reason code of up to 60 characters.
alter table inbound_message alter column processing_outcome set data type varchar(80);
