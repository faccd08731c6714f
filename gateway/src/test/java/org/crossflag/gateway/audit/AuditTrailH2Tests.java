package org.crossflag.gateway.audit;

import org.crossflag.gateway.NodeTestDatabase;
import java.nio.file.Path;

/** The audit trail on the embedded H2 database, in PostgreSQL mode as the node runs it. */
class AuditTrailH2Tests extends AuditTrailDatabaseTests {

    @Override
    NodeTestDatabase open(Path dir) {
        return NodeTestDatabase.h2(dir);
    }
}
