/**
 * The contract between a Crossflag node and the adapters that connect it to a force's own systems (MARAC
 * spreadsheets, the records management system, case systems). Adapters depend on this module only, never on
 * gateway internals: they turn what a local system holds into {@link org.crossflag.adapter.LocalHearing}s,
 * {@link org.crossflag.adapter.LocalReferral}s and {@link org.crossflag.adapter.LocalPersonRecord}s and hand them to
 * the node's {@link org.crossflag.adapter.LocalRecordSink}.
 *
 * <p>Every type here may carry personal data: never log its fields; log record ids and reason codes.
 */
package org.crossflag.adapter;
