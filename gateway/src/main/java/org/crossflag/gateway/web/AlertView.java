package org.crossflag.gateway.web;

import org.crossflag.gateway.hearings.alerts.Alert;
import org.crossflag.gateway.scores.ScoreToolDescription;
import org.crossflag.gateway.scores.ScoreTools;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An alert as the officers' API shows it: the alert's own fields, unchanged, and beside its risk score what the
 * score's tool measures ({@code scoreDescription}; null when the alert carries no score). The description is for
 * reading only: nothing about the alert was decided from the score.
 */
record AlertView(
        @JsonUnwrapped Alert alert,

        @Schema(
                description = "What the score's tool measures, whose risk or harm it is about and how far it "
                        + "is validated; described is false for a tool the node's table does not list. Null "
                        + "when the alert has no score.",
                nullable = true)
        ScoreToolDescription scoreDescription) {

    static AlertView of(Alert alert, ScoreTools tools) {
        return new AlertView(alert, tools.describe(alert.score()).orElse(null));
    }
}
