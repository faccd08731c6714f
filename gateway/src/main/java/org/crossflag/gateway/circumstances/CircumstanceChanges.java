package org.crossflag.gateway.circumstances;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crossflag.adapter.CircumstanceChangeKind;
import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.FieldForm;
import org.crossflag.adapter.LocalCircumstanceChange;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.adapter.ProtectionOrderType;
import org.crossflag.adapter.RejectedRecordException;
import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.disclosures.DisclosureApplications;
import org.crossflag.gateway.disclosures.applications.Parties;
import org.crossflag.gateway.federation.directory.DirectoryService;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.federation.envelope.ServiceRequester;
import org.crossflag.gateway.federation.outbox.Outbox;
import org.crossflag.gateway.hearings.alerts.AlertRaiser;
import org.crossflag.gateway.hearings.alerts.CircumstanceNotice;
import org.crossflag.gateway.hearings.records.HearingMatching;
import org.crossflag.gateway.hearings.records.LocalPeople;
import org.crossflag.gateway.node.NodeIdentity;
import org.crossflag.gateway.node.RefusedRequestException;
import org.crossflag.gateway.node.TimeOrderedIds;
import org.crossflag.gateway.policy.PolicyEnforcer;
import org.crossflag.gateway.policy.PolicyRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes of circumstance notified under a DAPO or SPO, from adapters and from officers. A change is checked
 * ({@link CircumstanceFields}, {@link NotificationDeadline}) and routed ({@link CircumstanceRouting}) before anything
 * is stored; then, in one transaction, it is stored, audited, and each force it concerns is told: a CircumstanceChange
 * to each other member the policy allows, an alert here when this force is one of them, and a row for each force that
 * could not be told. A new partner also drafts a Right to Know with the partner as A and the subject as B.
 */
public class CircumstanceChanges {

    /** The source name of notifications entered through the officers' API. */
    public static final String API_SOURCE = "api";

    static final List<DataCategory> CATEGORIES =
            List.of(DataCategory.ORDERS, DataCategory.ADDRESS, DataCategory.CONTACT_DETAILS);

    private static final Logger log = LoggerFactory.getLogger(CircumstanceChanges.class);

    private final NodeIdentity node;
    private final CircumstanceFields fields;
    private final CircumstanceRouting routing;
    private final NotificationDeadline deadline;
    private final DirectoryService directory;
    private final PolicyEnforcer policy;
    private final HearingMatching matching;
    private final PanelCheck panels;
    private final Outbox outbox;
    private final AlertRaiser alerts;
    private final DisclosureApplications applications;
    private final CircumstanceChangeRepository repository;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CircumstanceChanges(
            NodeIdentity node,
            ForceAreas areas,
            NotificationDeadline deadline,
            DirectoryService directory,
            PolicyEnforcer policy,
            HearingMatching matching,
            PanelCheck panels,
            Outbox outbox,
            AlertRaiser alerts,
            DisclosureApplications applications,
            CircumstanceChangeRepository repository,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.node = node;
        this.fields = new CircumstanceFields(areas);
        this.routing = new CircumstanceRouting(areas);
        this.deadline = deadline;
        this.directory = directory;
        this.policy = policy;
        this.matching = matching;
        this.panels = panels;
        this.outbox = outbox;
        this.alerts = alerts;
        this.applications = applications;
        this.repository = repository;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * What was taken: the notification's id, whether it was already taken, and the forces it concerns.
     *
     * @param dvdsApplicationId the Right to Know drafted for a new partner, or null
     */
    public record Taken(
            LocalRecordSink.RecordOutcome outcome,
            String district,
            NotificationDeadline.Assessment deadline,
            List<CircumstanceChangeRepository.StoredTarget> targets,
            String dvdsApplicationId) {}

    /** From an adapter, in the name of this node's service identity. @throws RejectedRecordException when refused */
    public LocalRecordSink.RecordOutcome notified(String adapterId, LocalCircumstanceChange change) {
        if (adapterId == null || !FieldForm.ADAPTER_ID.allows(adapterId)) {
            throw new RejectedRecordException("SOURCE_INVALID", "adapterId must be lower-case letters, digits and '-'");
        }
        try {
            return take(adapterId, change, ServiceRequester.of(node)).outcome();
        } catch (CircumstanceChangeRefusedException e) {
            log.info("Circumstance change refused source={} reason={}", adapterId, e.reasonCode());
            throw new RejectedRecordException(e.reasonCode(), e.getMessage());
        }
    }

    /** From an officer. @throws RefusedRequestException naming the field at fault */
    public Taken entered(LocalCircumstanceChange change, Envelope.Requester officer) {
        try {
            return take(API_SOURCE, change, officer);
        } catch (CircumstanceChangeRefusedException e) {
            log.info("Circumstance change refused source={} reason={}", API_SOURCE, e.reasonCode());
            throw RefusedRequestException.invalid(e.field(), e.reasonCode(), e.getMessage());
        }
    }

    public Optional<CircumstanceChangeRepository.StoredChange> find(String notificationId) {
        return repository.change(notificationId);
    }

    public List<CircumstanceChangeRepository.StoredTarget> targets(String notificationId) {
        return repository.targets(notificationId);
    }

    private Taken take(String source, LocalCircumstanceChange change, Envelope.Requester officer) {
        CircumstanceFields.Checked checked = fields.check(change);
        NotificationDeadline.Assessment assessed = deadline.assess(change.changedOn(), change.notifiedOn());
        String holder = change.orderHeldBy() == null ? node.code() : change.orderHeldBy();
        return transactions.execute(status -> {
            Optional<String> known = repository.find(source, change.localReference());
            if (known.isPresent()) {
                CircumstanceChangeRepository.StoredChange stored =
                        repository.change(known.get()).orElseThrow();
                return new Taken(
                        new LocalRecordSink.RecordOutcome(known.get(), true),
                        stored.newDistrict(),
                        assessed,
                        repository.targets(known.get()),
                        stored.dvdsApplicationId());
            }
            CircumstanceRouting.Route route = routing.route(
                    node.code(),
                    checked.district(),
                    change.orderHeldBy(),
                    directory.requireCurrent().members());
            String notificationId = TimeOrderedIds.next();
            Instant now = clock.instant();
            repository.insert(notificationId, source, change, holder, assessed, checked.district(), officer, now);
            audit.record(AuditEvent.of(AuditAction.CIRCUMSTANCE_CHANGE_RECORDED, assessed.missed() ? "LATE" : "IN_TIME")
                    .withMessage(null, notificationId)
                    .withActor(officer.officerId(), officer.role().wire())
                    .withPurpose(Purpose.CIRCUMSTANCE_CHANGE.wire())
                    .withReason(change.kind().wire()));
            Optional<HearingMatching.QueryEncoding> encoding =
                    matching.encodeForQuery(LocalPeople.identity(withoutAddress(change.subject())), now);
            CircumstancePayloads.Change wire = new CircumstancePayloads.Change(
                    change.kind(),
                    change.orderType(),
                    change.orderReference(),
                    holder,
                    change.changedOn(),
                    change.notifiedOn(),
                    checked.district(),
                    assessed.missed(),
                    change.offenderManager());
            List<String> told = new ArrayList<>();
            for (CircumstanceRouting.Target target : route.targets()) {
                CircumstanceChangeRepository.Delivered delivered =
                        deliver(notificationId, target, wire, encoding, officer);
                repository.insertTarget(notificationId, target, delivered);
                told.add(target.label() + ":" + delivered.delivery());
            }
            String applicationId = null;
            if (change.kind() == CircumstanceChangeKind.NEW_PARTNER) {
                applicationId =
                        applications.draftForNewPartner(party(change.newPartner()), party(change.subject()), officer);
                repository.linkDvdsApplication(notificationId, applicationId);
            }
            log.info(
                    "Circumstance change recorded notification={} kind={} targets={} late={}",
                    notificationId,
                    change.kind(),
                    told,
                    assessed.missed());
            return new Taken(
                    new LocalRecordSink.RecordOutcome(notificationId, false),
                    checked.district(),
                    assessed,
                    repository.targets(notificationId),
                    applicationId);
        });
    }

    private CircumstanceChangeRepository.Delivered deliver(
            String notificationId,
            CircumstanceRouting.Target target,
            CircumstancePayloads.Change wire,
            Optional<HearingMatching.QueryEncoding> encoding,
            Envelope.Requester officer) {
        return switch (target.delivery()) {
            case LOCAL -> {
                PanelCheck.Result known = encoding.map(e -> panels.check(e.wire()))
                        .orElse(new PanelCheck.Result(CircumstanceNotice.PanelKnowledge.NOT_CHECKED, "NONE"));
                String alertId = alerts.onCircumstanceChange(
                        node.code(), known.band(), wire.contact(), wire.notice(notificationId, known.knowledge()));
                yield new CircumstanceChangeRepository.Delivered("LOCAL", null, null, alertId);
            }
            case NOT_REACHABLE ->
                new CircumstanceChangeRepository.Delivered(
                        "NOT_REACHABLE", "NO_MEMBER_TAKES_CIRCUMSTANCE_CHANGES", null, null);
            case SEND -> send(notificationId, target, wire, encoding, officer);
        };
    }

    private CircumstanceChangeRepository.Delivered send(
            String notificationId,
            CircumstanceRouting.Target target,
            CircumstancePayloads.Change wire,
            Optional<HearingMatching.QueryEncoding> encoding,
            Envelope.Requester officer) {
        if (encoding.isEmpty()) {
            return new CircumstanceChangeRepository.Delivered("NOT_SENT", HearingMatching.NOT_CONFIGURED, null, null);
        }
        OutgoingMessage message = new OutgoingMessage(
                MessageType.CIRCUMSTANCE_CHANGE,
                target.memberCode(),
                notificationId,
                Purpose.CIRCUMSTANCE_CHANGE,
                legalBasis(wire.orderType()),
                officer,
                new Envelope.Consent(ConsentState.NOT_SOUGHT_THRESHOLD_MET, null),
                CATEGORIES,
                CircumstancePayloads.payload(encoding.get().wire(), wire));
        var decision = policy.decide(PolicyRequest.sending(message));
        if (!decision.allowed()) {
            return new CircumstanceChangeRepository.Delivered(
                    "NOT_SENT", "POLICY_" + decision.reasonCode(), null, null);
        }
        return new CircumstanceChangeRepository.Delivered("SENT", null, outbox.queue(message), null);
    }

    /** The statute whose notification requirement the change satisfies. */
    static LegalBasis legalBasis(ProtectionOrderType orderType) {
        return switch (orderType) {
            case DAPO -> LegalBasis.DOMESTIC_ABUSE_ACT_2021_DAPO;
            case SPO -> LegalBasis.STALKING_PROTECTION_ACT_2019_SPO;
        };
    }

    /** Other forces hold the old address, if any: the encoding carries none, so a move does not hide the person. */
    private static LocalPerson withoutAddress(LocalPerson person) {
        return new LocalPerson(
                person.localPersonId(),
                person.givenNames(),
                person.familyNames(),
                person.aliases(),
                person.dateOfBirth(),
                person.sex(),
                null,
                null,
                person.pncId(),
                person.phone(),
                person.email());
    }

    private static Parties.Person party(LocalPerson person) {
        String address = person.addressLine() == null
                ? person.postcode()
                : person.postcode() == null ? person.addressLine() : person.addressLine() + ", " + person.postcode();
        return new Parties.Person(
                String.join(" ", person.givenNames()),
                String.join(" ", person.familyNames()),
                person.dateOfBirth(),
                address);
    }
}
