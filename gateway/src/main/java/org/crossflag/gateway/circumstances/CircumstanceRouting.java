package org.crossflag.gateway.circumstances;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crossflag.gateway.federation.directory.DirectoryMember;
import org.crossflag.gateway.federation.envelope.MessageType;

/**
 * Where a change of circumstance goes: to the force covering the new address (by postcode district, and the
 * runner-up force when it holds more than a quarter of the district) and to the force holding the order. A force
 * that is one of those twice is told once, with both reasons. This node may be a target: it raises its alert here.
 * A force with no directory member, or whose member does not take CircumstanceChange, is kept as not reachable, so
 * the officer sees who was not told. A district no force covers is refused: nothing is stored or sent.
 */
public final class CircumstanceRouting {

    /** Why a force is told. */
    public enum Reason {
        COVERS_NEW_ADDRESS,
        SHARES_NEW_DISTRICT,
        HOLDS_ORDER
    }

    /** What becomes of a target. */
    public enum Delivery {
        /** This node: its alert is raised here. */
        LOCAL,
        /** Another member, sent a CircumstanceChange. */
        SEND,
        /** No member of the directory can take it. */
        NOT_REACHABLE
    }

    /**
     * One force to tell.
     *
     * @param memberCode   the directory code, or null when no member covers the force area
     * @param onsForceCode the force area's ONS code, or null when the member was named directly and lists none
     */
    public record Target(String memberCode, String onsForceCode, Set<Reason> reasons, Delivery delivery) {

        public Target {
            reasons = Set.copyOf(reasons);
        }

        /** The member code, or the force area's code when no member covers it. */
        public String label() {
            return memberCode != null ? memberCode : onsForceCode;
        }
    }

    /** @param district the new postcode district, or null when the change names no new place */
    public record Route(String district, List<Target> targets) {

        public Route {
            targets = List.copyOf(targets);
        }

        public boolean notifiesHere() {
            return targets.stream().anyMatch(t -> t.delivery() == Delivery.LOCAL);
        }
    }

    private final ForceAreas areas;

    public CircumstanceRouting(ForceAreas areas) {
        this.areas = areas;
    }

    /**
     * @param nodeCode    this node
     * @param district    the new postcode district, or null
     * @param orderHeldBy the member holding the order, or null for this node
     * @throws CircumstanceChangeRefusedException POSTCODE_DISTRICT_UNKNOWN when no force covers the district
     */
    public Route route(String nodeCode, String district, String orderHeldBy, Collection<DirectoryMember> members) {
        Map<String, Builder> targets = new LinkedHashMap<>();
        if (district != null) {
            ForceAreas.Area area = areas.of(district)
                    .orElseThrow(() -> new CircumstanceChangeRefusedException(
                            CircumstanceChangeRefusedException.POSTCODE_DISTRICT_UNKNOWN,
                            "postcode",
                            "the postcode district is in no police force area"));
            List<String> codes = area.forceCodes();
            for (int i = 0; i < codes.size(); i++) {
                Reason reason = i == 0 ? Reason.COVERS_NEW_ADDRESS : Reason.SHARES_NEW_DISTRICT;
                String onsCode = codes.get(i);
                Optional<DirectoryMember> member = coveringMember(onsCode, members);
                String key = member.map(DirectoryMember::code).orElse(onsCode);
                targets.computeIfAbsent(key, k -> new Builder(member.orElse(null), onsCode))
                        .reasons
                        .add(reason);
            }
        }
        String holder = orderHeldBy == null ? nodeCode : orderHeldBy;
        Optional<DirectoryMember> holdingMember =
                members.stream().filter(m -> m.code().equals(holder)).findFirst();
        targets.computeIfAbsent(holder, k -> new Builder(holdingMember.orElse(null), null))
                .named(holder)
                .reasons
                .add(Reason.HOLDS_ORDER);
        List<Target> routed = new ArrayList<>();
        for (Builder target : targets.values()) {
            routed.add(target.build(nodeCode));
        }
        return new Route(district, routed);
    }

    /** Among the members listing the area's code, the police member first, then by code, so the choice is stable. */
    private static Optional<DirectoryMember> coveringMember(String onsCode, Collection<DirectoryMember> members) {
        return members.stream()
                .filter(m -> onsCode.equals(m.onsForceCode()))
                .min(Comparator.comparing((DirectoryMember m) -> m.kind().ordinal())
                        .thenComparing(DirectoryMember::code));
    }

    private static final class Builder {
        private final DirectoryMember member;
        private final String onsCode;
        private final Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        private String namedCode;

        Builder(DirectoryMember member, String onsCode) {
            this.member = member;
            this.onsCode = onsCode;
        }

        Builder named(String code) {
            this.namedCode = code;
            return this;
        }

        Target build(String nodeCode) {
            String code = member != null ? member.code() : namedCode;
            String area = onsCode != null ? onsCode : member == null ? null : member.onsForceCode();
            Delivery delivery;
            if (nodeCode.equals(code)) {
                delivery = Delivery.LOCAL;
            } else if (member != null && member.takesPartIn(MessageType.CIRCUMSTANCE_CHANGE)) {
                delivery = Delivery.SEND;
            } else {
                delivery = Delivery.NOT_REACHABLE;
            }
            return new Target(code, area, reasons, delivery);
        }
    }
}
