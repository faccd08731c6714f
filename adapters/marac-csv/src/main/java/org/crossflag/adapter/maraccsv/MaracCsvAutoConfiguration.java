package org.crossflag.adapter.maraccsv;

import java.nio.file.Path;
import java.time.Clock;

import org.crossflag.adapter.LocalRecordSink;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Runs the MARAC CSV adapter when {@code crossflag.adapters.marac-csv.enabled=true}. The node must provide a
 * {@link LocalRecordSink} bean; the inbox is prepared at start-up, so a folder that cannot be used stops the node
 * with a message naming {@code crossflag.adapters.marac-csv.inbox}.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = MaracCsvProperties.PREFIX, name = "enabled", havingValue = "true")
@EnableConfigurationProperties(MaracCsvProperties.class)
public class MaracCsvAutoConfiguration {

    @Bean
    MaracCsvRoute maracCsvRoute(MaracCsvProperties properties, LocalRecordSink sink, ObjectProvider<Clock> clock) {
        Path inbox = InboxFolders.prepare(properties.inbox());
        MaracCsvRowMapper mapper = new MaracCsvRowMapper(clock.getIfUnique(Clock::systemUTC));
        MaracCsvImporter importer =
                new MaracCsvImporter(sink, properties.adapterId(), mapper, new ErrorReportWriter(inbox));
        InboxFileReader reader = new InboxFileReader(maxFileBytes(properties));
        return new MaracCsvRoute(inbox, properties.pollInterval(), importer, reader);
    }

    private static long maxFileBytes(MaracCsvProperties properties) {
        long bytes = properties.maxFileSize().toBytes();
        if (bytes < 1 || bytes > MaracCsvProperties.LARGEST_MAX_FILE_SIZE.toBytes()) {
            throw new MaracCsvConfigurationException(
                    MaracCsvProperties.PREFIX + ".max-file-size",
                    "must be between 1B and 1GB, was " + properties.maxFileSize(),
                    null);
        }
        return bytes;
    }
}
