package org.crossflag.gateway.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.crossflag.gateway.federation.directory.DirectoryMember;
import org.crossflag.gateway.federation.directory.MemberKind;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.junit.jupiter.api.Test;

class PeersToAskTests {

    static final String QUERY = "PriorHearingQuery";
    static final PeersToAsk PEERS_TO_ASK = new PeersToAsk("GB-ESX", MemberKind.POLICE, MessageType.PRIOR_HEARING_QUERY);

    static final DirectoryMember SELF = member("GB-ESX", MemberKind.POLICE, QUERY);
    static final DirectoryMember KENT = member("GB-KNT", MemberKind.POLICE, QUERY, "Refusal");
    static final DirectoryMember NORFOLK = member("GB-NFK", MemberKind.POLICE, QUERY);
    static final DirectoryMember SUFFOLK_NOT_TAKING_QUERIES = member("GB-SFK", MemberKind.POLICE, "CrossAreaAlert");
    static final DirectoryMember PARTNER = member("GB-IDVA", MemberKind.PARTNER_AGENCY, QUERY);

    @Test
    void asksOtherMembersOfTheKindThatTakePartInTheMessageType() {
        assertThat(PEERS_TO_ASK.choose(
                        List.of(SELF, KENT, SUFFOLK_NOT_TAKING_QUERIES, PARTNER, NORFOLK), member -> true))
                .containsExactly(KENT, NORFOLK);
    }

    @Test
    void asksNoMemberThePolicyForbids() {
        assertThat(PEERS_TO_ASK.choose(
                        List.of(KENT, NORFOLK), member -> !member.code().equals("GB-KNT")))
                .containsExactly(NORFOLK);
        assertThat(PEERS_TO_ASK.choose(List.of(KENT, NORFOLK), member -> false)).isEmpty();
    }

    @Test
    void putsOnlyCandidatesToThePolicyOnceEachInDirectoryOrder() {
        List<String> putToPolicy = new ArrayList<>();

        PEERS_TO_ASK.choose(List.of(NORFOLK, SELF, PARTNER, SUFFOLK_NOT_TAKING_QUERIES, KENT), member -> {
            putToPolicy.add(member.code());
            return true;
        });

        assertThat(putToPolicy).containsExactly("GB-NFK", "GB-KNT");
    }

    @Test
    void aDirectoryOfThisNodeAloneHasNoPeerToAsk() {
        assertThat(PEERS_TO_ASK.candidates(List.of(SELF))).isEmpty();
        assertThat(PEERS_TO_ASK.choose(List.of(), member -> true)).isEmpty();
    }

    @Test
    void anotherKindOrMessageTypeChoosesOtherMembers() {
        PeersToAsk partners = new PeersToAsk("GB-ESX", MemberKind.PARTNER_AGENCY, MessageType.PRIOR_HEARING_QUERY);
        PeersToAsk alerts = new PeersToAsk("GB-ESX", MemberKind.POLICE, MessageType.CROSS_AREA_ALERT);
        List<DirectoryMember> directory = List.of(SELF, KENT, SUFFOLK_NOT_TAKING_QUERIES, PARTNER);

        assertThat(partners.candidates(directory)).containsExactly(PARTNER);
        assertThat(alerts.candidates(directory)).containsExactly(SUFFOLK_NOT_TAKING_QUERIES);
    }

    private static DirectoryMember member(String code, MemberKind kind, String... messageTypes) {
        return new DirectoryMember(
                code,
                code + " node",
                kind,
                "https://" + code.toLowerCase() + ".example.test",
                Set.of(),
                Set.of(),
                Set.of(messageTypes));
    }
}
