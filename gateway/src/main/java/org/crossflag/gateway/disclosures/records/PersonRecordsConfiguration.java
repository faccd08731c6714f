package org.crossflag.gateway.disclosures.records;

import java.time.Clock;

import org.crossflag.adapter.LocalRecordsSource;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.hearings.records.HearingMatching;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.hearings.records.LocalPeople;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the person records a force holds. */
@Configuration(proxyBeanMethods = false)
class PersonRecordsConfiguration {

    @Bean
    PersonRecordRepository personRecordRepository(JdbcTemplate jdbc) {
        return new PersonRecordRepository(jdbc);
    }

    @Bean
    PersonRecords personRecords(
            LocalPeople people,
            PersonRecordRepository records,
            HearingRepository hearings,
            HearingMatching matching,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock,
            ObjectProvider<LocalRecordsSource> localSystems) {
        return new PersonRecords(
                people,
                records,
                hearings,
                matching,
                audit,
                transactions,
                clock,
                new LocalSystemRecords(localSystems.orderedStream().toList()));
    }
}
