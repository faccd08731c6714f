package org.crossflag.gateway.audit;

import java.nio.file.Path;

/** The audit trail on the embedded H2 database, in PostgreSQL mode as the node runs it. */
class AuditTrailH2Tests extends AuditTrailDatabaseTests {

    @Override
    AuditTestDatabase open(Path dir) {
        return AuditTestDatabase.h2(dir);
    }
}
