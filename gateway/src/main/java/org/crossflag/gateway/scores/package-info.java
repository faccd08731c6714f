/**
 * What a panel's risk score measures: the table of known risk and harm tools ({@code ScoreTools}, read by
 * {@code ScoreToolsFile} from the shipped {@code score-tools.yml} and a force's own file), shown beside each score.
 * A score is for reading, never for deciding: no band, alert or match depends on this package.
 */
package org.crossflag.gateway.scores;
