package org.crossflag.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What each field's form lets through: what forces really write, and nothing that breaks a line or a column. */
class FieldFormTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "MARAC ESX 0412",
                "MARAC-ESX-2026-0412",
                "MARAC/ESX/2026/0412",
                "M.0412",
                "DAPP_KNT:17",
                "CASE #77",
                "7"
            })
    void referencesForcesWriteAreAllowed(String reference) {
        assertThat(FieldForm.REFERENCE.problemWith(reference)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {" MARAC 1", "MARAC 1 ", "MARAC\t1", "MARAC 1\n", "-MARAC", "MARAC;1", "MARAC 'ESX'"})
    void referencesWithEdgeSpacesControlsOrOtherSignsAreNot(String reference) {
        assertThat(FieldForm.REFERENCE.problemWith(reference)).contains(FieldForm.Problem.INVALID_FORM);
    }

    @Test
    void aReferenceOver80CharactersIsTooLong() {
        assertThat(FieldForm.REFERENCE.problemWith("M".repeat(80))).isEmpty();
        assertThat(FieldForm.REFERENCE.problemWith("M".repeat(81))).contains(FieldForm.Problem.VALUE_TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "01632 960101 ext 4",
                "01632 960101",
                "+44 (0)1632 960101",
                "01632-960101 Ext. 12",
                "+44 1632 960101 x12",
                "01632 960101 EXTN 4",
                "01632 960101ext4"
            })
    void phonesForcesWriteAreAllowed(String phone) {
        assertThat(FieldForm.PHONE.problemWith(phone)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ask for Sam: 01632 960107", "01632 960101 ext", "01632 960101\n", "call the duty desk", "12"})
    void phonesWithWordsOrControlsAreNot(String phone) {
        assertThat(FieldForm.PHONE.problemWith(phone)).contains(FieldForm.Problem.INVALID_FORM);
    }

    @Test
    void namesAndScoresTakeAnyPrintableTextButNoLineBreak() {
        assertThat(FieldForm.CONTACT_NAME.allows("MARAC coordinator, Chelmsford (Zoë Ní Bhriain)"))
                .isTrue();
        assertThat(FieldForm.CONTACT_NAME.allows("MARAC coordinator\nBcc: someone@example.org"))
                .isFalse();
        assertThat(FieldForm.CONTACT_NAME.allows("MARAC coordinator\u2028x")).isFalse();
        assertThat(FieldForm.CONTACT_NAME.problemWith("c".repeat(121))).contains(FieldForm.Problem.VALUE_TOO_LONG);
        assertThat(FieldForm.SCORE_PART.allows("3.1")).isTrue();
        assertThat(FieldForm.SCORE_PART.problemWith("H".repeat(21))).contains(FieldForm.Problem.VALUE_TOO_LONG);
    }

    @Test
    void emailsTakeOneAtSignAndNoSpaceOrControl() {
        assertThat(FieldForm.EMAIL.allows("marac.chelmsford@essex.police.example"))
                .isTrue();
        assertThat(FieldForm.EMAIL.allows("marac @essex.police.example")).isFalse();
        assertThat(FieldForm.EMAIL.allows("marac@essex.police.example\r\nBcc: x@y"))
                .isFalse();
        assertThat(FieldForm.EMAIL.allows("a@b@c")).isFalse();
        assertThat(FieldForm.EMAIL.problemWith("m".repeat(250) + "@e.ex")).contains(FieldForm.Problem.VALUE_TOO_LONG);
    }

    @Test
    void idsAndCodesEndAtTheEndOfTheValueNotBeforeAFinalNewline() {
        assertThat(FieldForm.ID.allows("0b0e1f9c-2d3e-4f50-8a6b-7c8d9e0f1a2b")).isTrue();
        assertThat(FieldForm.ID.problemWith("0b0e1f9c-2d3e-4f50-8a6b-7c8d9e0f1a2b\n"))
                .isEqualTo(Optional.of(FieldForm.Problem.VALUE_TOO_LONG));
        assertThat(FieldForm.REASON_CODE.problemWith("R" + "E".repeat(58) + "\n"))
                .contains(FieldForm.Problem.INVALID_FORM);
        assertThat(FieldForm.MEMBER_CODE.allows("GB-ESX\n")).isFalse();
        assertThat(FieldForm.ADAPTER_ID.allows("marac-csv")).isTrue();
    }

    @Test
    void aRecordSummaryIsUpTo500PrintableCharactersOnOneLine() {
        assertThat(FieldForm.RECORD_SUMMARY.problemWith("Assault by beating; 12 weeks' custody"))
                .isEmpty();
        assertThat(FieldForm.RECORD_SUMMARY.problemWith("x".repeat(500))).isEmpty();
        assertThat(FieldForm.RECORD_SUMMARY.problemWith("x".repeat(501))).contains(FieldForm.Problem.VALUE_TOO_LONG);
        assertThat(FieldForm.RECORD_SUMMARY.problemWith("Assault\nby beating"))
                .contains(FieldForm.Problem.INVALID_FORM);
        assertThat(FieldForm.RECORD_SUMMARY.problemWith("")).contains(FieldForm.Problem.INVALID_FORM);
    }
}
