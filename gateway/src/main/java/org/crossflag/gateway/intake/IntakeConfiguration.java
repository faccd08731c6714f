package org.crossflag.gateway.intake;

import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.gateway.circumstances.CircumstanceChanges;
import org.crossflag.gateway.disclosures.DisclosureApplications;
import org.crossflag.gateway.hearings.LocalRecords;
import org.crossflag.gateway.hearings.amendments.RecordAmendments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    /** The one {@link LocalRecordSink} adapters find through auto-configuration. */
    @Bean
    LocalRecordIntake localRecordIntake(
            LocalRecords records,
            CircumstanceChanges circumstances,
            DisclosureApplications applications,
            RecordAmendments amendments) {
        return new LocalRecordIntake(records, circumstances, applications, amendments);
    }
}
