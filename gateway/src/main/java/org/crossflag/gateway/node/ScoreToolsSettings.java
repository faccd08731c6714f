package org.crossflag.gateway.node;

import java.nio.file.Path;

/**
 * A force's own table of risk and harm tools ({@code crossflag.score-tools.file}, YAML in the form of
 * {@code score-tools.schema.json}): its entries add tools to the shipped table or replace a shipped entry with the
 * same code. Unset, the shipped table alone is used. Read and checked at start-up by {@code scores.ScoreTools}.
 */
public record ScoreToolsSettings(Path file) {}
