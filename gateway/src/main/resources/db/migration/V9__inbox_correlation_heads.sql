-- Inbound processing claims the head of each sender and correlation directly. A message found behind an earlier
-- unprocessed one of its correlation is parked as WAITING, outside the claim's index range, and the earliest
-- WAITING one is made RECEIVED again when the head leaves. Each round reads a bounded share per sender.
create index inbound_message_sender_due on inbound_message (processing_status, sender, next_processing_at);
create index inbound_message_correlation_queue on inbound_message (sender, correlation_id, processing_status, arrival_seq);
drop index inbound_message_processing;
drop index inbound_message_sender_correlation;

-- Retention purges processed messages by when they were processed; rows processed before that was recorded
-- count from their arrival.
update inbound_message set processed_at = received_at where processing_status = 'PROCESSED' and processed_at is null;
create index inbound_message_processed on inbound_message (processing_status, processed_at);
