package org.crossflag.gateway.disclosures;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crossflag.gateway.disclosures.applications.ApplicantRisk;
import org.crossflag.gateway.disclosures.applications.ApplicationRepository;
import org.crossflag.gateway.disclosures.applications.Decision;
import org.crossflag.gateway.disclosures.applications.DisclosureClock;
import org.crossflag.gateway.disclosures.applications.DisclosureConclusion;
import org.crossflag.gateway.disclosures.applications.Extension;
import org.crossflag.gateway.disclosures.applications.ForceState;
import org.crossflag.gateway.disclosures.applications.Parties;
import org.crossflag.gateway.disclosures.applications.StoredApplication;
import org.crossflag.gateway.disclosures.lookups.ForceRepository;
import org.crossflag.gateway.disclosures.lookups.ForceStates;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.node.NodeIdentity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the requesting officer sees of an application: each force's state and answer, the conclusion (never an
 * assessment of risk; a "no record" always names the forces not heard from), the clock and the decision.
 */
public final class ApplicationViews {

    private final NodeIdentity node;
    private final ApplicationRepository applications;
    private final ForceRepository forces;
    private final DisclosureClock disclosureClock;
    private final ObjectMapper mapper;

    public ApplicationViews(
            NodeIdentity node,
            ApplicationRepository applications,
            ForceRepository forces,
            DisclosureClock disclosureClock,
            ObjectMapper mapper) {
        this.node = node;
        this.applications = applications;
        this.forces = forces;
        this.disclosureClock = disclosureClock;
        this.mapper = mapper;
    }

    public List<Summary> list() {
        return applications.all().stream()
                .map(application -> {
                    List<Extension> extensions = applications.extensions(application.applicationId());
                    return new Summary(
                            application.applicationId(),
                            application.route().wire(),
                            application.status().name(),
                            application.receivedOn(),
                            disclosureClock.deadline(application.receivedOn(), extensions),
                            disclosureClock.daysLeft(application.receivedOn(), extensions),
                            application.parties().subject() == null
                                    ? null
                                    : application.parties().subject().displayName(),
                            application.breachSent());
                })
                .toList();
    }

    public Optional<Detail> detail(String applicationId) {
        return applications.find(applicationId).map(this::detail);
    }

    private Detail detail(StoredApplication application) {
        String id = application.applicationId();
        List<Extension> extensions = applications.extensions(id);
        Map<String, ForceState> states = new LinkedHashMap<>();
        List<ForceView> forceViews = forces.forces(id).stream()
                .map(row -> {
                    ForceState state = ForceStates.of(row);
                    states.put(row.force(), state);
                    return new ForceView(
                            row.force(),
                            state.wire(),
                            ForceStates.reasonCode(row),
                            row.band(),
                            items(row.answerJson()));
                })
                .toList();
        DisclosureConclusion.Outcome outcome = DisclosureConclusion.of(states);
        Parties parties = application.parties();
        List<Note> notes = parties.applicant() == null
                ? List.of()
                : ApplicantRisk.of(
                                parties.applicant().kind(),
                                parties.applicant().relationshipToPersonAtRisk(),
                                parties.applicant().relationshipToSubject())
                        .stream()
                        .map(note -> new Note(note.name(), note.explanation()))
                        .toList();
        return new Detail(
                id,
                application.route().wire(),
                application.status().name(),
                application.officerId(),
                node.code(),
                application.receivedOn(),
                parties.personAtRisk(),
                parties.subject(),
                parties.applicant(),
                application.legalBasis() == null
                        ? null
                        : application.legalBasis().wire(),
                application.consent() == null || application.consent().state() == null
                        ? null
                        : application.consent().state().wire(),
                application.categories().stream().map(DataCategory::wire).toList(),
                application.sourceAlertId(),
                new ClockView(
                        application.receivedOn(),
                        disclosureClock.deadline(application.receivedOn(), extensions),
                        disclosureClock.daysLeft(application.receivedOn(), extensions),
                        application.breachSent(),
                        extensions,
                        applications.clockEvents(id)),
                forceViews,
                outcome.notAnswered(),
                outcome.conclusion().name(),
                outcome.wording(),
                notes,
                application.decision());
    }

    private JsonNode items(String answerJson) {
        if (answerJson == null) {
            return null;
        }
        try {
            return mapper.readTree(answerJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored DVDS answer cannot be read", e);
        }
    }

    public record Summary(
            String applicationId,
            String route,
            String status,
            LocalDate receivedOn,
            LocalDate deadline,
            long daysLeft,
            String subject,
            boolean breached) {}

    public record Detail(
            String applicationId,
            String route,
            String status,
            String officerId,
            String force,
            LocalDate receivedOn,
            Parties.Person personAtRisk,
            Parties.Person subject,
            Parties.Applicant applicant,
            String legalBasis,
            String consentState,
            List<String> categories,
            String sourceAlertId,
            ClockView clock,
            List<ForceView> forces,
            List<String> notAnswered,
            String conclusion,
            String conclusionWording,
            List<Note> applicantNotes,
            Decision decision) {}

    public record ClockView(
            LocalDate receivedOn,
            LocalDate deadline,
            long daysLeft,
            boolean breached,
            List<Extension> extensions,
            List<ApplicationRepository.RaisedClockEvent> notices) {}

    /** @param items the released records as the force sent them (null until it answered) */
    public record ForceView(String force, String status, String reasonCode, String band, JsonNode items) {}

    public record Note(String code, String explanation) {}
}
