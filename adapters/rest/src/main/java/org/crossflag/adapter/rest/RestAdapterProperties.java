package org.crossflag.adapter.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.crossflag.adapter.FieldRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The REST adapter's settings, under {@code crossflag.adapters.rest.*}. Unknown keys and bad values stop the node at
 * start-up with a message that names the key.
 *
 * @param enabled     whether the endpoints are served at all (default false)
 * @param adapterId   the id the node files this adapter's records under: keep it stable, since the node tells records
 *                    apart by adapter id and reference (default {@code rest})
 * @param maxBodySize the largest request body read; a larger one is refused unread with BODY_TOO_LARGE (default
 *                    256KB; at most 16MB, since a body is held in memory while it is read)
 */
@Validated
@ConfigurationProperties(prefix = RestAdapterProperties.PREFIX, ignoreUnknownFields = false)
public record RestAdapterProperties(
        boolean enabled,

        @NotNull
        @Pattern(
                regexp = FieldRules.ADAPTER_ID_PATTERN,
                message = "must be 1 to 40 lower-case letters, digits or dashes, starting with a letter or digit")
        @DefaultValue("rest")
        String adapterId,

        @NotNull @DefaultValue("256KB") DataSize maxBodySize) {

    public static final String PREFIX = "crossflag.adapters.rest";

    static final DataSize LARGEST_MAX_BODY_SIZE = DataSize.ofMegabytes(16);

    public RestAdapterProperties {
        if (maxBodySize != null
                && (maxBodySize.toBytes() < 1 || maxBodySize.toBytes() > LARGEST_MAX_BODY_SIZE.toBytes())) {
            throw new IllegalArgumentException(PREFIX + ".max-body-size must be between 1B and 16MB");
        }
    }
}
