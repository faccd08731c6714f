package org.crossflag.gateway.node;

import java.time.Duration;
import java.time.Period;

import jakarta.validation.constraints.NotNull;

import org.crossflag.adapter.Forum;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long this force keeps its panels' hearings, per forum, from the date heard ({@code crossflag.retention.*}), and
 * how often the purge runs. The default for every forum is 12 years: ViSOR's review schedule (a review 2 years after a
 * record is archived, then every 10 years) reviews a record twice in that time, and the node deletes without a review,
 * so it keeps to the longer end. A force sets its own periods from its retention schedule; the bounds are checked
 * where the periods are read ({@code hearings.amendments.RetentionPeriods}), naming the key.
 */
public record RetentionSettings(
        @NotNull @DefaultValue("P12Y") Period marac,
        @NotNull @DefaultValue("P12Y") Period dapp,
        @NotNull @DefaultValue("P12Y") Period matac,
        @NotNull @DefaultValue("P12Y") Period masip,
        @NotNull @DefaultValue("P12Y") Period drive,
        @NotNull @DefaultValue("P12Y") Period mappa,

        @NotNull @DurationMin(minutes = 1) @DefaultValue("PT6H")
        Duration purgeInterval) {

    /** The period set for the forum. */
    public Period of(Forum forum) {
        return switch (forum) {
            case MARAC -> marac;
            case DAPP -> dapp;
            case MATAC -> matac;
            case MASIP -> masip;
            case DRIVE -> drive;
            case MAPPA -> mappa;
        };
    }
}
