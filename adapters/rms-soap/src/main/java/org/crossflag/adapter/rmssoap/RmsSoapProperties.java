package org.crossflag.adapter.rmssoap;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.crossflag.adapter.FieldRules;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The records-system SOAP adapter's settings, under {@code crossflag.adapters.rms-soap.*}. Unknown keys and bad
 * values stop the node at start-up naming the key.
 *
 * @param enabled       whether the adapter runs at all (default false)
 * @param adapterId     the id the node files this adapter's records under; keep it stable (default {@code rms-soap})
 * @param maxBodySize   the largest request body read; a larger one is refused with BODY_TOO_LARGE (default 1 MB)
 * @param recordsSystem where and how the node asks the records system what it holds about a person
 */
@Validated
@ConfigurationProperties(prefix = RmsSoapProperties.PREFIX, ignoreUnknownFields = false)
public record RmsSoapProperties(
        boolean enabled,

        @NotNull
        @Pattern(
                regexp = FieldRules.ADAPTER_ID_PATTERN,
                message = "must be 1 to 40 lower-case letters, digits or dashes, starting with a letter or digit")
        @DefaultValue("rms-soap")
        String adapterId,

        @NotNull @DefaultValue("1MB") DataSize maxBodySize,
        @Valid @NotNull @DefaultValue RecordsSystem recordsSystem) {

    public static final String PREFIX = "crossflag.adapters.rms-soap";

    /** Held in memory while it is screened and parsed, so at most 50 MB. */
    static final DataSize LARGEST_MAX_BODY_SIZE = DataSize.ofMegabytes(50);

    @AssertTrue(message = "must be between 1KB and 50MB")
    boolean isMaxBodySize() {
        return maxBodySize == null
                || (maxBodySize.toBytes() >= 1024 && maxBodySize.compareTo(LARGEST_MAX_BODY_SIZE) <= 0);
    }

    /**
     * @param url            the records system's query endpoint (records-system-query.wsdl); without it the node does
     *                       not ask the records system
     * @param connectTimeout how long to wait for a connection (default 5 seconds)
     * @param receiveTimeout how long to wait for the answer (default 10 seconds)
     */
    public record RecordsSystem(
            URI url,

            @NotNull @DurationMin(millis = 100) @DurationMax(minutes = 5) @DefaultValue("PT5S")
            Duration connectTimeout,

            @NotNull @DurationMin(millis = 100) @DurationMax(minutes = 5) @DefaultValue("PT10S")
            Duration receiveTimeout) {

        @AssertTrue(message = "must be an http or https URL")
        boolean isUrl() {
            return url == null
                    || (url.isAbsolute() && ("https".equals(url.getScheme()) || "http".equals(url.getScheme())));
        }
    }
}
