-- Lapsed leases are found through outbox_message_due: its status prefix 'IN_FLIGHT' holds only the rows in
-- flight (a few batches), so a second index on (status, claim_expires_at) bought nothing, while every queued,
-- claimed and delivered message had to update it, and on H2 every such commit rewrote its pages.
drop index outbox_message_lease;
