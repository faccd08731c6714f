package org.crossflag.gateway.hearings.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.LocalReferral;
import org.crossflag.adapter.RejectedRecordException;
import org.crossflag.adapter.RiskScore;
import org.junit.jupiter.api.Test;

/** What the node takes at ingest: what forces really write, and a reason code for what cannot be carried. */
class RecordFieldsTests {

    static final LocalPerson PERSON = new LocalPerson(
            "ESX-P-412",
            List.of("Ambrose"),
            List.of("Kettleby"),
            List.of(),
            "1983-04-19",
            null,
            null,
            null,
            null,
            null,
            null);

    @Test
    void aSpacedReferenceAndAPhoneWithAnExtensionAreTaken() {
        RecordFields.requireCarriable(hearing(
                "MARAC ESX 0412",
                new Contact(
                        "MARAC coordinator, Chelmsford",
                        "01632 960101 ext 4",
                        "marac.chelmsford@essex.police.example")));
        RecordFields.requireCarriable(new LocalReferral(
                "MARAC SFK 2026 1187",
                Forum.MARAC,
                LocalDate.of(2026, 11, 20),
                PERSON,
                new Contact("MARAC coordinator, Ipswich", "+44 1632 960301 x22", null)));
    }

    @Test
    void aReferenceOver80CharactersIsRefusedNamingTheFieldNotTheValue() {
        String reference = "MARAC ESX " + "0".repeat(71);
        RejectedRecordException refused = catchThrowableOfType(
                RejectedRecordException.class,
                () -> RecordFields.requireCarriable(
                        hearing(reference, new Contact("Essex MARAC", "01632 960101", null))));

        assertThat(refused.reasonCode()).isEqualTo("VALUE_TOO_LONG");
        assertThat(refused.getMessage())
                .isEqualTo("reference is longer than 80 characters")
                .doesNotContain(reference);
    }

    @Test
    void aCoordinatorNameOver120CharactersIsRefused() {
        RejectedRecordException refused = catchThrowableOfType(
                RejectedRecordException.class,
                () -> RecordFields.requireCarriable(
                        hearing("MARAC-ESX-1", new Contact("c".repeat(121), "01632 960101", null))));

        assertThat(refused.reasonCode()).isEqualTo("VALUE_TOO_LONG");
        assertThat(refused.getMessage()).startsWith("coordinator.name");
    }

    @Test
    void aPhoneWithWordsANameWithALineBreakAndAScoreWithALineBreakAreRefusedAsInvalidForm() {
        assertThat(reasonOf(hearing("MARAC-ESX-1", new Contact("Essex MARAC", "ask for Sam: 01632 960107", null))))
                .isEqualTo("INVALID_FORM");
        assertThat(reasonOf(
                        hearing("MARAC-ESX-1", new Contact("Essex MARAC\nBcc: x@example.org", "01632 960107", null))))
                .isEqualTo("INVALID_FORM");
        assertThat(reasonOf(new LocalHearing(
                        "MARAC-ESX-1",
                        Forum.MARAC,
                        LocalDate.of(2026, 5, 14),
                        PERSON,
                        new Contact("Essex MARAC", null, "marac@essex.police.example"),
                        new RiskScore("DASH", "2009", "17\n"))))
                .isEqualTo("INVALID_FORM");
    }

    static String reasonOf(LocalHearing hearing) {
        return catchThrowableOfType(RejectedRecordException.class, () -> RecordFields.requireCarriable(hearing))
                .reasonCode();
    }

    static LocalHearing hearing(String reference, Contact coordinator) {
        return new LocalHearing(reference, Forum.MARAC, LocalDate.of(2026, 5, 14), PERSON, coordinator, null);
    }
}
