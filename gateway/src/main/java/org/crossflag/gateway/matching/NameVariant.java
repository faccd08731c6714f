package org.crossflag.gateway.matching;

import java.util.List;

/** One way of writing a person's name after normalisation: the given name used (or null) and the family-name words. */
record NameVariant(String given, List<String> family) {

    NameVariant {
        family = List.copyOf(family);
    }

    boolean isEmpty() {
        return given == null && family.isEmpty();
    }
}
