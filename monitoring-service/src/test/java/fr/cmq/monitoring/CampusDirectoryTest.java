package fr.cmq.monitoring;

import fr.cmq.testing.CampusDirectoryContract;
import fr.cmq.testing.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The monitoring service learns the register's campuses from cmq.labelling.events (real Kafka and PostgreSQL). */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class CampusDirectoryTest extends CampusDirectoryContract {
}
