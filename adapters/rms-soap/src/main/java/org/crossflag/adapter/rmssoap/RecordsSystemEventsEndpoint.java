package org.crossflag.adapter.rmssoap;

import java.util.function.Supplier;

import jakarta.jws.WebService;

import org.crossflag.adapter.LocalEventType;
import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.adapter.LocalRecordSink.RecordOutcome;
import org.crossflag.adapter.RejectedRecordException;
import org.crossflag.adapter.rmssoap.events.CircumstanceChange;
import org.crossflag.adapter.rmssoap.events.DvdsApplication;
import org.crossflag.adapter.rmssoap.events.Hearing;
import org.crossflag.adapter.rmssoap.events.HearingCorrection;
import org.crossflag.adapter.rmssoap.events.PersonRecord;
import org.crossflag.adapter.rmssoap.events.RecordAccepted;
import org.crossflag.adapter.rmssoap.events.RecordRefused;
import org.crossflag.adapter.rmssoap.events.RecordsSystemEventsPort;
import org.crossflag.adapter.rmssoap.events.Referral;
import org.crossflag.adapter.rmssoap.events.Withdrawal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The records system's events, published from {@code records-system-events.wsdl}. Each operation checks that the
 * caller may send its event, maps the request ({@link EventMapper}) and hands it to the node's
 * {@link LocalRecordSink}; a refusal by either is a {@code RecordRefused} fault with its reason code. Logs carry the
 * event, record ids and reason codes only.
 */
@WebService(
        serviceName = "RecordsSystemEvents",
        portName = "RecordsSystemEventsSoap",
        targetNamespace = RefusalFaults.NAMESPACE,
        endpointInterface = "org.crossflag.adapter.rmssoap.events.RecordsSystemEventsPort",
        wsdlLocation = RecordsSystemEventsEndpoint.WSDL)
public class RecordsSystemEventsEndpoint implements RecordsSystemEventsPort {

    static final String WSDL = "classpath:org/crossflag/schemas/soap/records-system-events.wsdl";
    static final String NODE_UNAVAILABLE = "NODE_UNAVAILABLE";

    private static final Logger log = LoggerFactory.getLogger(RecordsSystemEventsEndpoint.class);

    private final LocalRecordSink sink;
    private final String adapterId;
    private final EventMapper mapper = new EventMapper();

    public RecordsSystemEventsEndpoint(LocalRecordSink sink, String adapterId) {
        this.sink = sink;
        this.adapterId = adapterId;
    }

    @Override
    public RecordAccepted hearingRecorded(Hearing hearing) throws RecordRefused {
        return deliver(LocalEventType.HEARING_RECORDED, () -> sink.hearingHeld(adapterId, mapper.hearing(hearing)));
    }

    @Override
    public RecordAccepted referralReceived(Referral referral) throws RecordRefused {
        return deliver(
                LocalEventType.REFERRAL_RECEIVED, () -> sink.referralReceived(adapterId, mapper.referral(referral)));
    }

    @Override
    public RecordAccepted personRecordHeld(PersonRecord record) throws RecordRefused {
        return deliver(
                LocalEventType.PERSON_RECORD_HELD, () -> sink.personRecordHeld(adapterId, mapper.personRecord(record)));
    }

    @Override
    public RecordAccepted dvdsApplicationReceived(DvdsApplication application) throws RecordRefused {
        return deliver(
                LocalEventType.DVDS_APPLICATION_RECEIVED,
                () -> sink.dvdsApplicationReceived(adapterId, mapper.dvdsApplication(application)));
    }

    @Override
    public RecordAccepted circumstanceChangeNotified(CircumstanceChange change) throws RecordRefused {
        return deliver(
                LocalEventType.CIRCUMSTANCE_CHANGE_NOTIFIED,
                () -> sink.circumstanceChangeNotified(adapterId, mapper.circumstanceChange(change)));
    }

    @Override
    public RecordAccepted recordCorrected(HearingCorrection correction) throws RecordRefused {
        return deliver(LocalEventType.RECORD_CORRECTED, () -> {
            EventMapper.Correction corrected = mapper.correction(correction);
            return sink.hearingCorrected(adapterId, corrected.hearing(), corrected.correctedOn());
        });
    }

    @Override
    public RecordAccepted recordWithdrawn(Withdrawal withdrawal) throws RecordRefused {
        return deliver(
                LocalEventType.RECORD_WITHDRAWN, () -> sink.recordWithdrawn(adapterId, mapper.withdrawal(withdrawal)));
    }

    /** The authority first: a caller that may not send the event learns nothing about its body. */
    private RecordAccepted deliver(LocalEventType event, Supplier<RecordOutcome> delivery) throws RecordRefused {
        try {
            EventPermission.require(SecurityContextHolder.getContext().getAuthentication(), event);
            RecordOutcome outcome = delivery.get();
            log.info(
                    "{} from {} stored as record {} (duplicate: {})",
                    event.wire(),
                    adapterId,
                    outcome.recordId(),
                    outcome.duplicate());
            RecordAccepted accepted = new RecordAccepted();
            accepted.setRecordId(outcome.recordId());
            accepted.setDuplicate(outcome.duplicate());
            return accepted;
        } catch (EventRefusedException e) {
            log.info("{} from {} refused: {} (field {})", event.wire(), adapterId, e.reasonCode(), e.field());
            throw RefusalFaults.recordRefused(e.reasonCode(), e.field(), e.getMessage());
        } catch (RejectedRecordException e) {
            log.info("{} from {} refused by the node: {}", event.wire(), adapterId, e.reasonCode());
            throw RefusalFaults.recordRefused(e.reasonCode(), null, e.getMessage());
        } catch (RuntimeException e) {
            // The node could not store it: the records system should send it again. The exception's message may
            // hold values, so only its class is logged.
            log.warn(
                    "{} from {} not stored: {}",
                    event.wire(),
                    adapterId,
                    e.getClass().getName());
            throw RefusalFaults.recordRefused(
                    NODE_UNAVAILABLE, null, "the node could not store the event now; send it again later");
        }
    }
}
