package org.crossflag.gateway.disclosures.applications;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.UnknownCodeException;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.node.RefusedRequestException;

/**
 * An application as the officer's form sends it, every value as text, and its reading into typed values. The first
 * problem found is refused naming its field, e.g. {@code subject.dateOfBirth}; nothing is stored before the whole
 * form reads. A legal basis and a consent state are required, so no step of the lookup leaves without them.
 */
public record ApplicationForm(
        String route,
        String purpose,
        String receivedOn,
        PersonForm personAtRisk,
        PersonForm subject,
        ApplicantForm applicant,
        String legalBasis,
        ConsentForm consent,
        List<String> categories) {

    /** The categories a DVDS lookup may ask for. */
    public static final Set<DataCategory> DVDS_CATEGORIES = Set.of(
            DataCategory.CONVICTIONS,
            DataCategory.CAUTIONS_AND_DISPOSALS,
            DataCategory.MARAC_AND_PANEL_HISTORY,
            DataCategory.ORDERS,
            DataCategory.INTELLIGENCE);

    public record PersonForm(String givenNames, String familyName, String dateOfBirth, String address) {

        @Override
        public String toString() {
            return "PersonForm[personal data]";
        }
    }

    public record ApplicantForm(
            String kind, String name, String relationshipToPersonAtRisk, String relationshipToSubject) {

        @Override
        public String toString() {
            return "ApplicantForm[" + kind + "]";
        }
    }

    public record ConsentForm(String state, String justification) {}

    /** A form read whole. */
    public record Read(
            DisclosureRoute route,
            LocalDate receivedOn,
            Parties parties,
            LegalBasis legalBasis,
            Envelope.Consent consent,
            List<DataCategory> categories) {}

    /**
     * @param today the requesting force's date: an application cannot be received after it
     * @throws RefusedRequestException naming the first field at fault
     */
    public Read read(LocalDate today) {
        DisclosureRoute readRoute = code("route", route, DisclosureRoute::fromWire, "a DVDS route");
        if (purpose != null) {
            Purpose asked = code("purpose", purpose, Purpose::fromWire, "a purpose");
            if (asked != readRoute.purpose()) {
                throw RefusedRequestException.invalid(
                        "purpose",
                        "PURPOSE_INVALID",
                        "must be " + readRoute.purpose().wire() + " for this route");
            }
        }
        LocalDate received = date("receivedOn", receivedOn, true);
        if (received.isAfter(today)) {
            throw RefusedRequestException.invalid("receivedOn", "DATE_INVALID", "cannot be after today");
        }
        Parties.Person a = person("personAtRisk", personAtRisk, false);
        Parties.Person b = person("subject", subject, true);
        if (applicant == null) {
            throw missing("applicant");
        }
        ApplicantKind kind = code("applicant.kind", applicant.kind(), ApplicantKind::fromWire, "an applicant kind");
        if (kind == ApplicantKind.THIRD_PARTY && blank(applicant.name())) {
            throw missing("applicant.name");
        }
        Parties.Applicant who = new Parties.Applicant(
                kind,
                blank(applicant.name()) ? null : text("applicant.name", applicant.name(), 200),
                code(
                        "applicant.relationshipToPersonAtRisk",
                        applicant.relationshipToPersonAtRisk(),
                        RelationshipToPersonAtRisk::fromWire,
                        "a relationship to the person at risk"),
                code(
                        "applicant.relationshipToSubject",
                        applicant.relationshipToSubject(),
                        RelationshipToSubject::fromWire,
                        "a relationship to the subject"));
        if (blank(legalBasis)) {
            throw RefusedRequestException.invalid("legalBasis", "LEGAL_BASIS_MISSING", "required");
        }
        LegalBasis basis = code("legalBasis", legalBasis, LegalBasis::fromWire, "a legal basis");
        if (consent == null || blank(consent.state())) {
            throw RefusedRequestException.invalid("consent.state", "CONSENT_STATE_MISSING", "required");
        }
        ConsentState state = code("consent.state", consent.state(), ConsentState::fromWire, "a consent state");
        String justification =
                blank(consent.justification()) ? null : consent.justification().trim();
        if (state == ConsentState.REFUSED_OVERRIDDEN && (justification == null || justification.length() < 10)) {
            throw RefusedRequestException.invalid(
                    "consent.justification",
                    "CONSENT_OVERRIDE_UNJUSTIFIED",
                    "an override of refused consent needs its justification (10 to 2000 characters)");
        }
        if (justification != null) {
            text("consent.justification", justification, 2000);
        }
        return new Read(
                readRoute,
                received,
                new Parties(a, b, who),
                basis,
                new Envelope.Consent(state, justification),
                readCategories());
    }

    private List<DataCategory> readCategories() {
        if (categories == null || categories.isEmpty()) {
            throw missing("categories");
        }
        Set<DataCategory> read = new LinkedHashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            String field = "categories[" + i + "]";
            DataCategory category = code(field, categories.get(i), DataCategory::fromWire, "a data category");
            if (!DVDS_CATEGORIES.contains(category)) {
                throw RefusedRequestException.invalid(
                        field, "CATEGORY_INVALID", "not a DVDS category, one of " + wires(DVDS_CATEGORIES));
            }
            read.add(category);
        }
        return new ArrayList<>(read);
    }

    private static Parties.Person person(String field, PersonForm form, boolean subject) {
        if (form == null) {
            throw missing(field);
        }
        if (blank(form.givenNames())) {
            throw missing(field + ".givenNames");
        }
        if (blank(form.familyName())) {
            throw missing(field + ".familyName");
        }
        LocalDate born = date(field + ".dateOfBirth", form.dateOfBirth(), subject);
        return new Parties.Person(
                text(field + ".givenNames", form.givenNames(), 200),
                text(field + ".familyName", form.familyName(), 200),
                born == null ? null : born.toString(),
                blank(form.address()) ? null : text(field + ".address", form.address(), 500));
    }

    static LocalDate date(String field, String value, boolean required) {
        if (blank(value)) {
            if (required) {
                throw missing(field);
            }
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw RefusedRequestException.invalid(field, "DATE_INVALID", "not a date of the form 2026-12-07");
        }
    }

    private static String text(String field, String value, int longest) {
        String trimmed = value.trim();
        if (trimmed.length() > longest || !trimmed.matches("[^\\p{Cntrl}\\u2028\\u2029]+")) {
            throw RefusedRequestException.invalid(
                    field, "FIELD_INVALID", "up to " + longest + " printable characters on one line");
        }
        return trimmed;
    }

    static <T> T code(String field, String value, Function<String, T> parse, String what) {
        if (blank(value)) {
            throw missing(field);
        }
        try {
            return parse.apply(value.trim());
        } catch (UnknownCodeException e) {
            throw RefusedRequestException.invalid(field, "CODE_UNKNOWN", "not " + what);
        }
    }

    static RefusedRequestException missing(String field) {
        return RefusedRequestException.invalid(field, "FIELD_MISSING", "required");
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String wires(Set<DataCategory> categories) {
        return categories.stream().map(DataCategory::wire).sorted().toList().toString();
    }
}
