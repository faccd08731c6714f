package org.crossflag.adapter;

import java.util.Objects;

/**
 * A risk score and the tool behind it. A score never travels without its tool and version.
 *
 * @param tool        e.g. DASH, RFG, FRGV
 * @param toolVersion e.g. 2009, 3.1
 * @param value       the score as the tool states it, e.g. 14, HIGH
 */
public record RiskScore(String tool, String toolVersion, String value) {

    public RiskScore {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(value, "value");
    }
}
