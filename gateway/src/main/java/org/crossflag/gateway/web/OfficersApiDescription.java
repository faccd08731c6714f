package org.crossflag.gateway.web;

import org.springdoc.core.filters.OpenApiMethodFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The officers' API described as OpenAPI 3 ({@code /v3/api-docs}, with Swagger UI at {@code /swagger-ui/index.html}),
 * served on the API port only and to signed-in API users only (see {@link LocalApiConfiguration} and {@link PortSplit}).
 * It covers the officers' API only ({@link #officersApiOnly}); an adapter may add a document group of its own, such as
 * the REST adapter's {@code /v3/api-docs/local-systems}.
 */
@Configuration(proxyBeanMethods = false)
class OfficersApiDescription {

    static final String TITLE = "Crossflag officers' API";

    /** The document, its configuration, Swagger UI's page and its assets. */
    static final String[] PATHS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    static final String BASIC_LOGIN = "basicLogin";

    /** Where the officers' API is served: every controller of this package mapped under it. */
    static final String API_PREFIX = "/api";

    /**
     * Keeps the default document to this package's controllers under {@code /api}. A filter bean of this kind applies
     * to the default document only, where springdoc's {@code paths-to-match} and {@code packages-to-scan} keys would
     * apply to every document group, an adapter's included, and leave it empty.
     */
    @Bean
    OpenApiMethodFilter officersApiOnly() {
        return method -> {
            Class<?> controller = method.getDeclaringClass();
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
            return controller.getPackageName().equals(OfficersApiDescription.class.getPackageName())
                    && mapping != null
                    && mapping.path().length > 0
                    && mapping.path()[0].startsWith(API_PREFIX);
        };
    }

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
