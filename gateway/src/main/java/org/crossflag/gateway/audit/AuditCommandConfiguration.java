package org.crossflag.gateway.audit;

import org.crossflag.gateway.node.CrossflagProperties;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The little the audit commands need from a node's configuration: its settings and a read-only connection to
 * its database. No web server, no Camel, no directory load and no migrations: an auditor can verify an archived
 * node whose directory has long expired, without network access, and without changing the database.
 *
 * <p>Deliberately not a {@code @Configuration}: the node's component scan would pick it up and replace the
 * node's own data source. The commands register it by hand as their only source.
 */
@EnableConfigurationProperties({CrossflagProperties.class, DataSourceProperties.class})
class AuditCommandConfiguration {

    @Bean
    HikariDataSource auditDataSource(DataSourceProperties properties) {
        HikariDataSource dataSource = properties
                .initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .url(readOnlyUrl(properties.determineUrl()))
                .build();
        dataSource.setPoolName("audit-command");
        dataSource.setMaximumPoolSize(2);
        dataSource.setReadOnly(true);
        return dataSource;
    }

    /** An embedded H2 file opened by the command must exist already, and is opened read-only. */
    static String readOnlyUrl(String url) {
        return url != null && url.startsWith("jdbc:h2:file:") ? url + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r" : url;
    }
}
