package org.crossflag.gateway.audit;

import java.nio.file.Path;

import org.crossflag.gateway.NodeTestDatabase;

/** The audit trail on the embedded H2 database, in PostgreSQL mode as the node runs it. */
class AuditTrailH2Tests extends AuditTrailDatabaseTests {

    @Override
    NodeTestDatabase open(Path dir) {
        return NodeTestDatabase.h2(dir);
    }
}
