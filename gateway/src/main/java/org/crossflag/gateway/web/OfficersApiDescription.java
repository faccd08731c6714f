package org.crossflag.gateway.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The officers' API described as OpenAPI 3 ({@code /v3/api-docs}, with Swagger UI at {@code /swagger-ui/index.html}),
 * served on the API port only and to signed-in API users only (see {@link LocalApiConfiguration} and {@link PortSplit}).
 * Which paths it covers is set by the {@code springdoc.*} keys in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class OfficersApiDescription {

    static final String TITLE = "Crossflag officers' API";

    /** The document, its configuration, Swagger UI's page and its assets. */
    static final String[] PATHS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    static final String BASIC_LOGIN = "basicLogin";

    @Bean
    OpenAPI officersApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null ? "unknown" : properties.getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title(TITLE)
                        .version(version)
                        .description("Record hearings and referrals, follow prior-hearing queries and work the alert "
                                + "inbox. Every call is made as the signed-in officer (HTTP Basic). A refusal is "
                                + "{\"reasonCode\", \"message\", \"field\"}; field names the JSON path at fault, when "
                                + "one is, and messages never repeat the values sent."))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC_LOGIN,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC_LOGIN));
    }
}
