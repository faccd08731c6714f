/**
 * The contract between a Crossflag node and the adapters that connect it to a force's own systems
 * (MARAC spreadsheets, the records management system over SOAP, case systems). Adapters depend on this
 * module only, never on gateway internals. The first adapters, and the types they exchange, arrive with
 * prior-hearing flags.
 */
package org.crossflag.adapter;
