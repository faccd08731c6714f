package org.crossflag.gateway.scores;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one tool's score measures, for a coordinator reading the score. A tool the table does not list is
 * {@linkplain #notDescribed(String) not described}: {@code described} is false and only {@code tool} is set, so a
 * reader is told that nothing is known rather than shown nothing.
 *
 * @param tool           the tool's code as the table spells it (or, when not described, as the score named it)
 * @param described      false when the table does not list the tool
 * @param assesses       whose risk or harm the score is about
 * @param measures       one plain sentence
 * @param validationNote why the validation is what it says
 * @param sources        the studies and pages the entry rests on, at least one
 */
public record ScoreToolDescription(
        String tool,
        boolean described,
        String name,
        ScoredSubject assesses,
        String measures,
        ToolValidation validation,
        String validationNote,
        List<Source> sources) {

    /** A paper or page: its title (authors, title, publisher, year) and, when it has one, its address. */
    public record Source(String title, String url) {

        public Source {
            Objects.requireNonNull(title, "title");
        }
    }

    public ScoreToolDescription {
        Objects.requireNonNull(tool, "tool");
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (described) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(assesses, "assesses");
            Objects.requireNonNull(measures, "measures");
            Objects.requireNonNull(validation, "validation");
            Objects.requireNonNull(validationNote, "validationNote");
        }
    }

    /** A tool the table lists. */
    public static ScoreToolDescription of(
            String tool,
            String name,
            ScoredSubject assesses,
            String measures,
            ToolValidation validation,
            String validationNote,
            List<Source> sources) {
        return new ScoreToolDescription(tool, true, name, assesses, measures, validation, validationNote, sources);
    }

    /** A tool the table does not list: nothing is claimed about what its score measures. */
    public static ScoreToolDescription notDescribed(String tool) {
        return new ScoreToolDescription(tool, false, null, null, null, null, null, List.of());
    }

    /** The key a code is looked up by: trimmed, upper case. */
    static String key(String tool) {
        return tool.strip().toUpperCase(Locale.ROOT);
    }
}
