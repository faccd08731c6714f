/** Where adapters' canonical events enter the node ({@code LocalRecordIntake}), each handed to its capability. */
package org.crossflag.gateway.intake;
