-- Order per correlation is now kept by status: only a correlation's head is PENDING or IN_FLIGHT, and the
-- messages queued behind it are WAITING until it leaves. Claims become plain index range scans.
update outbox_message o set status = 'WAITING'
where o.status = 'PENDING'
  and exists (select 1 from outbox_message e
              where e.recipient = o.recipient and e.correlation_id = o.correlation_id
                and e.correlation_seq < o.correlation_seq and e.status in ('PENDING', 'IN_FLIGHT'));

-- Rows held by a crashed instance are found by their lapsed lease, through this index.
create index outbox_message_lease on outbox_message (status, claim_expires_at);
