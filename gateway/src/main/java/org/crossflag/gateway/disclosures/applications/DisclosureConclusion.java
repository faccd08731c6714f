package org.crossflag.gateway.disclosures.applications;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the requesting officer is told about the forces' answers. It says what each force did and never judges the
 * risk the subject poses: no record held is never reassurance, and every force not heard from is named in the
 * wording, since its silence says nothing about its records.
 */
public final class DisclosureConclusion {

    private static final String NOT_A_STATEMENT = "this is not a statement that no record exists.";
    private static final Set<ForceState> STILL_WAITING =
            EnumSet.of(ForceState.ASKED, ForceState.HIT, ForceState.REQUESTED);

    private DisclosureConclusion() {}

    public enum Conclusion {
        /** At least one force released records. */
        RECORDS_RELEASED,
        /** None released; at least one holds records it would not release. */
        RECORDS_HELD_NOT_RELEASED,
        /** Every force that answered holds no record; those that did not answer are named. */
        NO_RECORD_HELD_BY_RESPONDING_FORCES,
        /** Answers are still awaited, or no force answered at all. */
        NOT_ALL_FORCES_ANSWERED_YET
    }

    /**
     * @param notAnswered force codes, sorted, in ASKED, HIT, REQUESTED or NOT_REACHABLE
     * @param wording     plain English for the officer, naming every force by its state
     */
    public record Outcome(Conclusion conclusion, List<String> notAnswered, String wording) {

        public Outcome {
            Objects.requireNonNull(conclusion, "conclusion");
            notAnswered = List.copyOf(notAnswered);
            Objects.requireNonNull(wording, "wording");
        }
    }

    /** @param forces each asked force's code and where it stands; empty when no force was asked */
    public static Outcome of(Map<String, ForceState> forces) {
        Conclusion conclusion = conclusion(forces);
        List<String> notAnswered = inStates(
                forces, EnumSet.of(ForceState.ASKED, ForceState.HIT, ForceState.REQUESTED, ForceState.NOT_REACHABLE));
        return new Outcome(conclusion, notAnswered, wording(conclusion, forces));
    }

    private static Conclusion conclusion(Map<String, ForceState> forces) {
        if (forces.containsValue(ForceState.ANSWERED)) {
            return Conclusion.RECORDS_RELEASED;
        }
        if (forces.containsValue(ForceState.REFUSED)) {
            return Conclusion.RECORDS_HELD_NOT_RELEASED;
        }
        boolean waiting = forces.values().stream().anyMatch(STILL_WAITING::contains);
        if (waiting || !forces.containsValue(ForceState.NO_HIT)) {
            return Conclusion.NOT_ALL_FORCES_ANSWERED_YET;
        }
        return Conclusion.NO_RECORD_HELD_BY_RESPONDING_FORCES;
    }

    private static String wording(Conclusion conclusion, Map<String, ForceState> forces) {
        if (forces.isEmpty()) {
            return "No force was asked: nothing is known of other forces' records.";
        }
        List<String> sentences = new ArrayList<>();
        if (conclusion == Conclusion.NOT_ALL_FORCES_ANSWERED_YET) {
            boolean waiting = forces.values().stream().anyMatch(STILL_WAITING::contains);
            sentences.add(waiting ? "Not every force has answered yet." : "No force answered.");
        }
        sentence(sentences, "Records released by %s.", inStates(forces, EnumSet.of(ForceState.ANSWERED)));
        sentence(sentences, "Records held by %s were not released.", inStates(forces, EnumSet.of(ForceState.REFUSED)));
        sentence(sentences, "No record held by %s.", inStates(forces, EnumSet.of(ForceState.NO_HIT)));
        sentence(
                sentences,
                "Possible records reported by %s are awaited.",
                inStates(forces, EnumSet.of(ForceState.HIT, ForceState.REQUESTED)));
        sentence(
                sentences,
                "%s did not answer: " + NOT_A_STATEMENT,
                inStates(forces, EnumSet.of(ForceState.ASKED, ForceState.NOT_REACHABLE)));
        return String.join(" ", sentences);
    }

    private static void sentence(List<String> sentences, String template, List<String> forces) {
        if (!forces.isEmpty()) {
            sentences.add(template.formatted(names(forces)));
        }
    }

    /** "A", "A and B", "A, B and C". */
    private static String names(List<String> forces) {
        if (forces.size() == 1) {
            return forces.get(0);
        }
        return String.join(", ", forces.subList(0, forces.size() - 1)) + " and " + forces.get(forces.size() - 1);
    }

    private static List<String> inStates(Map<String, ForceState> forces, Set<ForceState> states) {
        return forces.entrySet().stream()
                .filter(force -> states.contains(Objects.requireNonNull(force.getValue(), force.getKey())))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
