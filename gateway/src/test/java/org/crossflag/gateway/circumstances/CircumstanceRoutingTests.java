package org.crossflag.gateway.circumstances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;

import org.crossflag.gateway.circumstances.CircumstanceRouting.Delivery;
import org.crossflag.gateway.circumstances.CircumstanceRouting.Reason;
import org.crossflag.gateway.circumstances.CircumstanceRouting.Target;
import org.crossflag.gateway.federation.directory.DirectoryMember;
import org.crossflag.gateway.federation.directory.MemberKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CircumstanceRoutingTests {

    static final String ESSEX = "GB-ESX";
    static final String KENT = "GB-KNT";
    static final String SUFFOLK = "GB-SFK";
    static final List<DirectoryMember> MEMBERS = List.of(
            member(ESSEX, "E23000028", true),
            member(KENT, "E23000032", true),
            member(SUFFOLK, "E23000025", true),
            member("GB-LTD", null, true));

    static CircumstanceRouting routing;

    @BeforeAll
    static void table() {
        routing = new CircumstanceRouting(ForceAreas.fromClasspath());
    }

    @Test
    void aMoveIntoAnotherForceGoesToThatForceAndTheOrderIsRaisedWhereItIsHeld() {
        CircumstanceRouting.Route route = routing.route(ESSEX, "IP1", null, MEMBERS);

        assertThat(route.targets())
                .containsExactly(
                        new Target(SUFFOLK, "E23000025", Set.of(Reason.COVERS_NEW_ADDRESS), Delivery.SEND),
                        new Target(ESSEX, "E23000028", Set.of(Reason.HOLDS_ORDER), Delivery.LOCAL));
        assertThat(route.notifiesHere()).isTrue();
    }

    @Test
    void theForceHoldingTheOrderElsewhereIsSentToAndThisNodeIsNotATargetUnlessItCovers() {
        CircumstanceRouting.Route route = routing.route(KENT, "IP1", ESSEX, MEMBERS);

        assertThat(route.targets())
                .extracting(Target::memberCode, Target::delivery)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SUFFOLK, Delivery.SEND),
                        org.assertj.core.groups.Tuple.tuple(ESSEX, Delivery.SEND));
        assertThat(route.notifiesHere()).isFalse();
    }

    @Test
    void aSplitDistrictAlsoTellsTheRunnerUpAndAForceWithTwoReasonsIsToldOnce() {
        // CO8: Essex 57%, Suffolk 43%. Suffolk holds the order.
        CircumstanceRouting.Route route = routing.route(KENT, "CO8", SUFFOLK, MEMBERS);

        assertThat(route.targets())
                .containsExactly(
                        new Target(ESSEX, "E23000028", Set.of(Reason.COVERS_NEW_ADDRESS), Delivery.SEND),
                        new Target(
                                SUFFOLK,
                                "E23000025",
                                Set.of(Reason.SHARES_NEW_DISTRICT, Reason.HOLDS_ORDER),
                                Delivery.SEND));
    }

    @Test
    void aRunnerUpWithAQuarterOrLessIsNotTold() {
        // CO10: Suffolk 92%, Essex 8%.
        assertThat(routing.route(ESSEX, "CO10", null, MEMBERS).targets())
                .extracting(Target::memberCode)
                .containsExactly(SUFFOLK, ESSEX);
    }

    @Test
    void aForceWithNoMemberIsKeptAsNotReachableByItsAreaCode() {
        // TR1: Devon & Cornwall, no member of this directory.
        CircumstanceRouting.Route route = routing.route(ESSEX, "TR1", null, MEMBERS);

        assertThat(route.targets())
                .containsExactly(
                        new Target(null, "E23000035", Set.of(Reason.COVERS_NEW_ADDRESS), Delivery.NOT_REACHABLE),
                        new Target(ESSEX, "E23000028", Set.of(Reason.HOLDS_ORDER), Delivery.LOCAL));
        assertThat(route.targets().get(0).label()).isEqualTo("E23000035");
    }

    @Test
    void aMemberThatDoesNotTakeCircumstanceChangesAndAnUnlistedHolderAreNotReachable() {
        List<DirectoryMember> members = List.of(member(ESSEX, "E23000028", true), member(SUFFOLK, "E23000025", false));

        CircumstanceRouting.Route route = routing.route(ESSEX, "IP1", "GB-NOF", members);

        assertThat(route.targets())
                .containsExactly(
                        new Target(SUFFOLK, "E23000025", Set.of(Reason.COVERS_NEW_ADDRESS), Delivery.NOT_REACHABLE),
                        new Target("GB-NOF", null, Set.of(Reason.HOLDS_ORDER), Delivery.NOT_REACHABLE));
    }

    @Test
    void aMoveWithinThisForceIsOneLocalAlert() {
        assertThat(routing.route(ESSEX, "CM2", null, MEMBERS).targets())
                .containsExactly(new Target(
                        ESSEX, "E23000028", Set.of(Reason.COVERS_NEW_ADDRESS, Reason.HOLDS_ORDER), Delivery.LOCAL));
    }

    @Test
    void aChangeWithNoNewPlaceGoesToTheOrdersForceAlone() {
        assertThat(routing.route(KENT, null, ESSEX, MEMBERS).targets())
                .containsExactly(new Target(ESSEX, "E23000028", Set.of(Reason.HOLDS_ORDER), Delivery.SEND));
    }

    @Test
    void aDistrictInNoForceAreaIsRefused() {
        CircumstanceChangeRefusedException refused = catchThrowableOfType(
                CircumstanceChangeRefusedException.class, () -> routing.route(ESSEX, "JE2", null, MEMBERS));

        assertThat(refused.reasonCode()).isEqualTo("POSTCODE_DISTRICT_UNKNOWN");
    }

    private static DirectoryMember member(String code, String onsForceCode, boolean takesChanges) {
        return new DirectoryMember(
                code,
                code + " node",
                MemberKind.POLICE,
                "https://" + code.toLowerCase() + ".example.test",
                Set.of(),
                Set.of(),
                takesChanges ? Set.of("CircumstanceChange", "Refusal") : Set.of("Refusal"),
                onsForceCode);
    }
}
