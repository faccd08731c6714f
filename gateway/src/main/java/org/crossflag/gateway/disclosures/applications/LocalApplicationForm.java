package org.crossflag.gateway.disclosures.applications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crossflag.adapter.FieldForm;
import org.crossflag.adapter.LocalDvdsApplication;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.RejectedRecordException;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.node.RefusedRequestException;

/**
 * A case system's DVDS application, read as the workspace's form is read: it is written into an
 * {@link ApplicationForm} and read by {@link ApplicationForm#read}, so an adapter meets the same field errors as an
 * officer, as a {@link RejectedRecordException} carrying the reason code and the field. No categories means every DVDS
 * category, as the adapter contract says.
 */
public final class LocalApplicationForm {

    private LocalApplicationForm() {}

    /** @throws RejectedRecordException naming the adapter id, the local reference or the first field at fault */
    public static ApplicationForm.Read read(String adapterId, LocalDvdsApplication application, LocalDate today) {
        if (adapterId == null || !FieldForm.ADAPTER_ID.allows(adapterId)) {
            throw new RejectedRecordException(
                    "SOURCE_INVALID", "adapterId", "adapterId must be lower-case letters, digits and '-'");
        }
        if (!FieldForm.REFERENCE.allows(application.localReference())) {
            throw new RejectedRecordException(
                    "FIELD_INVALID", "localReference", "localReference: not a reference of the allowed form");
        }
        try {
            return form(application).read(today);
        } catch (RefusedRequestException e) {
            throw new RejectedRecordException(e.reasonCode(), e.field(), e.getMessage());
        }
    }

    static ApplicationForm form(LocalDvdsApplication application) {
        LocalDvdsApplication.Applicant applicant = application.applicant();
        return new ApplicationForm(
                application.route().wire(),
                null,
                application.receivedOn().toString(),
                person(application.personAtRisk()),
                person(application.subject()),
                applicant == null
                        ? null
                        : new ApplicationForm.ApplicantForm(
                                applicant.kind(),
                                applicant.person() == null ? null : fullName(applicant.person()),
                                applicant.relationshipToPersonAtRisk(),
                                applicant.relationshipToSubject()),
                application.legalBasis(),
                application.consent() == null
                        ? null
                        : new ApplicationForm.ConsentForm(application.consent().wire(), application.justification()),
                application.categories().isEmpty() ? everyDvdsCategory() : application.categories());
    }

    private static ApplicationForm.PersonForm person(LocalPerson person) {
        if (person == null) {
            return null;
        }
        return new ApplicationForm.PersonForm(
                String.join(" ", person.givenNames()),
                String.join(" ", person.familyNames()),
                person.dateOfBirth(),
                address(person));
    }

    private static String fullName(LocalPerson person) {
        List<String> names = new ArrayList<>(person.givenNames());
        names.addAll(person.familyNames());
        return names.isEmpty() ? null : String.join(" ", names);
    }

    private static String address(LocalPerson person) {
        List<String> parts = new ArrayList<>();
        if (person.addressLine() != null && !person.addressLine().isBlank()) {
            parts.add(person.addressLine());
        }
        if (person.postcode() != null && !person.postcode().isBlank()) {
            parts.add(person.postcode());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static List<String> everyDvdsCategory() {
        return ApplicationForm.DVDS_CATEGORIES.stream()
                .map(DataCategory::wire)
                .sorted()
                .toList();
    }
}
