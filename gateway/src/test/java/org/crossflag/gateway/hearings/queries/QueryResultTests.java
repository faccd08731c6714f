package org.crossflag.gateway.hearings.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.junit.jupiter.api.Test;

class QueryResultTests {

    static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
    static final QueryRepository.StoredQuery COMPLETE = new QueryRepository.StoredQuery(
            "q-1", "r-1", "COMPLETE", START, START.plusSeconds(5), START.plusSeconds(5));

    @Test
    void noHitFromTheForcesThatAnsweredNeverReadsAsLowRisk() {
        QueryResult result = QueryResult.of(
                COMPLETE, List.of(peer("GB-ESX", "ANSWERED"), peer("GB-KNT", "NO_ANSWER_IN_TIME")), List.of());

        assertThat(result.conclusion()).isEqualTo("NO_RECORD_HELD_BY_RESPONDING_FORCES");
        assertThat(result.note())
                .contains("not an assessment of risk")
                .contains("does not mean the risk is low")
                .contains("Not answered in time: GB-KNT")
                .doesNotContainIgnoringCase("low risk.");
        assertThat(result.notAnswered()).containsExactly("GB-KNT");
        assertThat(result.answered()).containsExactly("GB-ESX");
    }

    @Test
    void aMatchOutranksPossibleMatches() {
        QueryResult result = QueryResult.of(
                COMPLETE,
                List.of(peer("GB-ESX", "ANSWERED"), peer("GB-KNT", "ANSWERED_LATE")),
                List.of(hit("GB-ESX", "POSSIBLE_MATCH"), hit("GB-KNT", "MATCH")));

        assertThat(result.conclusion()).isEqualTo("MATCH_FOUND");
        assertThat(result.answered()).containsExactly("GB-ESX", "GB-KNT");
        assertThat(result.notAnswered()).isEmpty();
    }

    @Test
    void onlyPossibleMatchesAskForAReview() {
        QueryResult result =
                QueryResult.of(COMPLETE, List.of(peer("GB-ESX", "ANSWERED")), List.of(hit("GB-ESX", "POSSIBLE_MATCH")));

        assertThat(result.conclusion()).isEqualTo("POSSIBLE_MATCH_FOUND");
        assertThat(result.note()).contains("review");
    }

    @Test
    void refusalsAreListedWithTheirReason() {
        QueryResult result = QueryResult.of(
                COMPLETE,
                List.of(new QueryRepository.QueryPeer("GB-ESX", "REFUSED", START, "POLICY_NO_AGREEMENT", null)),
                List.of());

        assertThat(result.refused()).containsExactly("GB-ESX (POLICY_NO_AGREEMENT)");
        assertThat(result.note()).contains("Refused: GB-ESX (POLICY_NO_AGREEMENT)");
    }

    @Test
    void aQueryNoForceCouldBeAskedSaysNothingIsKnown() {
        QueryResult result = QueryResult.of(COMPLETE, List.of(), List.of());

        assertThat(result.conclusion()).isEqualTo("NO_FORCE_ASKED");
        assertThat(result.note()).contains("nothing is known");
    }

    @Test
    void anOpenQuerySaysWhoHasNotAnsweredYet() {
        QueryRepository.StoredQuery open =
                new QueryRepository.StoredQuery("q-1", "r-1", "OPEN", START, START.plusSeconds(5), null);
        QueryResult result = QueryResult.of(open, List.of(peer("GB-ESX", "ASKED")), List.of());

        assertThat(result.note()).contains("Not answered yet: GB-ESX");
    }

    /**
     * Every mix of what up to three peers did, with no hit: the conclusion is "no record held by responding forces",
     * the note never reads as reassurance, and it names every peer that stayed silent, refused or could not answer.
     */
    @Test
    void noRecordHeldNeverReassuresAndNamesEveryPeerNotHeardFrom() {
        List<String> codes = List.of("GB-ESX", "GB-KNT", "GB-NFK");
        List<String[]> outcomes = List.of(
                new String[] {"ASKED", null},
                new String[] {"ANSWERED", null},
                new String[] {"ANSWERED_LATE", null},
                new String[] {"NO_ANSWER_IN_TIME", null},
                new String[] {"REFUSED", "POLICY_NO_AGREEMENT"},
                new String[] {"REFUSED", "ANSWER_DATA_INVALID"});
        List<List<QueryRepository.QueryPeer>> mixes = new ArrayList<>();
        for (String[] first : outcomes) {
            mixes.add(List.of(peer(codes.get(0), first)));
            for (String[] second : outcomes) {
                mixes.add(List.of(peer(codes.get(0), first), peer(codes.get(1), second)));
                for (String[] third : outcomes) {
                    mixes.add(
                            List.of(peer(codes.get(0), first), peer(codes.get(1), second), peer(codes.get(2), third)));
                }
            }
        }
        assertThat(mixes).hasSize(6 + 36 + 216);

        for (List<QueryRepository.QueryPeer> peers : mixes) {
            String mix = peers.stream()
                    .map(p -> p.peer() + "=" + p.status() + "/" + p.reasonCode())
                    .toList()
                    .toString();
            QueryResult result = QueryResult.of(COMPLETE, peers, List.of());

            assertThat(result.conclusion()).as(mix).isEqualTo("NO_RECORD_HELD_BY_RESPONDING_FORCES");
            assertThat(result.note())
                    .as(mix)
                    .contains("This is not an assessment of risk and does not mean the risk is low.")
                    .doesNotContainIgnoringCase("low risk")
                    .doesNotContainIgnoringCase("no risk")
                    .doesNotContainIgnoringCase("safe");
            List<String> silent = peers.stream()
                    .filter(p -> p.status().equals("ASKED") || p.status().equals("NO_ANSWER_IN_TIME"))
                    .map(QueryRepository.QueryPeer::peer)
                    .toList();
            List<String> refused = peers.stream()
                    .filter(p -> "POLICY_NO_AGREEMENT".equals(p.reasonCode()))
                    .map(p -> p.peer() + " (POLICY_NO_AGREEMENT)")
                    .toList();
            List<String> failed = peers.stream()
                    .filter(p -> "ANSWER_DATA_INVALID".equals(p.reasonCode()))
                    .map(p -> p.peer() + " (ANSWER_DATA_INVALID)")
                    .toList();
            assertThat(result.notAnswered()).as(mix).isEqualTo(silent);
            assertThat(result.refused()).as(mix).isEqualTo(refused);
            assertThat(result.couldNotAnswer()).as(mix).isEqualTo(failed);
            if (!silent.isEmpty()) {
                assertThat(result.note()).as(mix).contains("Not answered in time: " + String.join(", ", silent) + ".");
            }
            if (!refused.isEmpty()) {
                assertThat(result.note()).as(mix).contains("Refused: " + String.join(", ", refused) + ".");
            }
            peers.stream()
                    .filter(p -> "ANSWER_DATA_INVALID".equals(p.reasonCode()))
                    .forEach(p -> assertThat(result.note())
                            .as(mix)
                            .contains(p.peer() + " could not answer: ANSWER_DATA_INVALID."));
        }
    }

    private static QueryRepository.QueryPeer peer(String code, String[] statusAndReason) {
        return new QueryRepository.QueryPeer(code, statusAndReason[0], null, statusAndReason[1], null);
    }

    private static QueryRepository.QueryPeer peer(String code, String status) {
        return new QueryRepository.QueryPeer(code, status, null, null, null);
    }

    private static Hit hit(String holder, String band) {
        return new Hit(
                "h-" + holder,
                holder,
                Forum.MARAC,
                LocalDate.of(2026, 5, 14),
                "MARAC-REF-1",
                new Contact("MARAC coordinator", null, null),
                band,
                null);
    }
}
