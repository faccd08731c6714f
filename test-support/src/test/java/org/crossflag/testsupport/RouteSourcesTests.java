package org.crossflag.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouteSourcesTests {

    @TempDir
    Path dir;

    @Test
    void aRouteOptedIntoTheSharedConfigurationPasses() throws IOException {
        Path file = write("Good.java", """
                class Good extends RouteBuilder {
                    public void configure() {
                        from("timer:a")
                                .routeId("a")
                                .routeConfigurationId(RouteDefaults.ID)
                                .log("x");
                    }
                }
                """);

        assertThat(RouteSources.routesWithoutRouteConfiguration(file, "RouteDefaults.ID"))
                .isEmpty();
    }

    @Test
    void aRouteWithoutTheSharedConfigurationIsListedWithItsLine() throws IOException {
        Path file = write("Missing.java", """
                class Missing extends RouteBuilder {
                    public void configure() {
                        from("timer:a").routeId("a").routeConfigurationId(RouteDefaults.ID).log("x");
                        from("timer:b").routeId("b").log("y");
                        from("timer:c").routeId("c").routeConfigurationId("other").log("z");
                    }
                }
                """);

        assertThat(RouteSources.routesWithoutRouteConfiguration(file, "RouteDefaults.ID"))
                .containsExactly(file + ":4", file + ":5");
    }

    @Test
    void subclassesOfARoutesBaseClassCountAsRouteBuilders() throws IOException {
        write("Sweep.java", "final class Sweep extends SweepRoutes { }\n");
        write("Wiring.java", "class Wiring { Object routes() { return new SweepsRoutes(); } }\n");

        assertThat(RouteSources.routeBuilders(dir)).containsExactly(dir.resolve("Sweep.java"));
    }

    private Path write(String name, String source) throws IOException {
        return Files.writeString(dir.resolve(name), source);
    }
}
