package org.crossflag.gateway.disclosures.applications;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the FOI report needs of one application: no person, no free text.
 *
 * @param route      the scheme's route
 * @param receivedOn the day it was received
 * @param decidedOn  the day the decision was taken; null while undecided
 * @param disclosed  whether the decision was to disclose; false while undecided
 * @param extensions the extensions granted (the report does not count them: see {@link FoiReport})
 */
public record ApplicationFigures(
        DisclosureRoute route,
        LocalDate receivedOn,
        LocalDate decidedOn,
        boolean disclosed,
        List<Extension> extensions) {

    public ApplicationFigures {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (decidedOn != null && decidedOn.isBefore(receivedOn)) {
            throw new IllegalArgumentException("decidedOn must not be before receivedOn");
        }
        if (disclosed && decidedOn == null) {
            throw new IllegalArgumentException("a disclosure needs decidedOn");
        }
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
    }

    public boolean decided() {
        return decidedOn != null;
    }
}
