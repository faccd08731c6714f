package org.crossflag.adapter.maraccsv;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.crossflag.adapter.FieldRules;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The MARAC CSV adapter's settings, under {@code crossflag.adapters.marac-csv.*}. Unknown keys and bad values stop the node
 * at start-up with a message that names the key.
 *
 * @param enabled      whether the adapter runs at all (default false)
 * @param inbox        the folder the exports are dropped into; created with its {@code .done} and {@code .failed}
 *                     folders at start-up. Required when enabled.
 * @param adapterId    the id the node files this adapter's records under: keep it stable, since the node tells
 *                     records apart by adapter id and reference (default {@code marac-csv})
 * @param pollInterval how often the inbox is checked for new files (default 5 seconds)
 * @param maxFileSize  the largest file read; a larger one is refused unread with FILE_TOO_LARGE (default 50 MB)
 */
@Validated
@ConfigurationProperties(prefix = MaracCsvProperties.PREFIX, ignoreUnknownFields = false)
public record MaracCsvProperties(
        boolean enabled,
        @NotNull Path inbox,

        @NotNull
        @Pattern(
                regexp = FieldRules.ADAPTER_ID_PATTERN,
                message = "must be 1 to 40 lower-case letters, digits or dashes, starting with a letter or digit")
        @DefaultValue("marac-csv")
        String adapterId,

        @NotNull @DurationMin(millis = 100) @DefaultValue("PT5S")
        Duration pollInterval,

        @NotNull @DefaultValue("50MB") DataSize maxFileSize) {

    public static final String PREFIX = "crossflag.adapters.marac-csv";
    static final DataSize DEFAULT_MAX_FILE_SIZE = DataSize.ofMegabytes(50);
    /**
     * Files are read row by row, so the cap bounds the time a file takes and the table of its references (see
     * SeenReferences), not a copy of it in memory.
     */
    static final DataSize LARGEST_MAX_FILE_SIZE = DataSize.ofGigabytes(1);
}
