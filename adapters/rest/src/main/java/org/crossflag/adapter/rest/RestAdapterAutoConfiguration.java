package org.crossflag.adapter.rest;

import java.util.List;
import java.util.Map;

import org.crossflag.adapter.LocalRecordSink;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * Serves the REST adapter's endpoints under {@code /local/rest/v1/} when {@code crossflag.adapters.rest.enabled=true}.
 * The node must provide a {@link LocalRecordSink} bean, and its local-systems connector authenticates the clients.
 * Where the node serves OpenAPI documents (springdoc), the endpoints are described in the {@code local-systems} group.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = RestAdapterProperties.PREFIX, name = "enabled", havingValue = "true")
@EnableConfigurationProperties(RestAdapterProperties.class)
public class RestAdapterAutoConfiguration {

    @Bean
    LocalEventsController restAdapterEndpoints(RestAdapterProperties properties, LocalRecordSink sink) {
        return new LocalEventsController(
                sink,
                properties.adapterId(),
                new JsonBodyReader(properties.maxBodySize().toBytes()));
    }

    /** Only where springdoc is on the class path: the adapter does not need it to serve its endpoints. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(GroupedOpenApi.class)
    static class LocalSystemsApiDescription {

        static final String GROUP = "local-systems";

        static final String API_KEY = "localSystemsApiKey";

        @Bean
        GroupedOpenApi restAdapterApiGroup() {
            return GroupedOpenApi.builder()
                    .group(GROUP)
                    .displayName("Local systems (REST)")
                    .pathsToMatch("/local/rest/**")
                    .packagesToScan(LocalEventsController.class.getPackageName())
                    .addOpenApiCustomizer(LocalSystemsApiDescription::describe)
                    .build();
        }

        /** Its own title and sign-in: the node's other documents are for officers. */
        private static void describe(OpenAPI document) {
            String version =
                    document.getInfo() == null ? null : document.getInfo().getVersion();
            document.info(new Info()
                    .title("Crossflag local systems' REST API")
                    .version(version)
                    .description("The canonical events a force's case systems send their node, as JSON. Served on "
                            + "the node's local-systems port only. A client signs in with a certificate issued by "
                            + "the force's own CA, or with an API key in X-Api-Key, and may send only the events it "
                            + "is configured for. A refusal is {\"reasonCode\", \"message\", \"field\"}; field names "
                            + "the JSON path at fault, when one is, and messages never repeat the values sent."));
            Components components = document.getComponents() == null ? new Components() : document.getComponents();
            document.components(components.securitySchemes(Map.of(
                    API_KEY,
                    new SecurityScheme()
                            .type(SecurityScheme.Type.APIKEY)
                            .in(SecurityScheme.In.HEADER)
                            .name("X-Api-Key")
                            .description("Or a client certificate from the force's own CA, on the TLS connection."))));
            document.security(List.of(new SecurityRequirement().addList(API_KEY)));
        }
    }
}
