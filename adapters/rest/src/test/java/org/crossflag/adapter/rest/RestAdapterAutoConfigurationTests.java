package org.crossflag.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossflag.adapter.LocalRecordSink;
import org.junit.jupiter.api.Test;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.util.unit.DataSize;

/** The adapter switches on with one key, checks its settings at start-up, and needs the node's record sink. */
class RestAdapterAutoConfigurationTests {

    final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(ValidationAutoConfiguration.class, RestAdapterAutoConfiguration.class))
            .withBean(LocalRecordSink.class, RecordingSink::new);

    @Test
    void theAdapterIsOffUnlessEnabled() {
        runner.run(context -> assertThat(context)
                .hasNotFailed()
                .doesNotHaveBean(LocalEventsController.class)
                .doesNotHaveBean(RestAdapterProperties.class)
                .doesNotHaveBean(GroupedOpenApi.class));
        runner.withPropertyValues("crossflag.adapters.rest.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(LocalEventsController.class));
    }

    @Test
    void enabledItServesTheEndpointsWithDefaultsAndDescribesThemInTheLocalSystemsGroup() {
        runner.withPropertyValues("crossflag.adapters.rest.enabled=true").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(LocalEventsController.class);
            RestAdapterProperties properties = context.getBean(RestAdapterProperties.class);
            assertThat(properties.adapterId()).isEqualTo("rest");
            assertThat(properties.maxBodySize()).isEqualTo(DataSize.ofKilobytes(256));
            GroupedOpenApi group = context.getBean(GroupedOpenApi.class);
            assertThat(group.getGroup()).isEqualTo("local-systems");
            assertThat(group.getPathsToMatch()).containsExactly("/local/rest/**");
        });
    }

    @Test
    void withoutSpringdocTheEndpointsAreServedUndescribed() {
        runner.withClassLoader(new FilteredClassLoader(GroupedOpenApi.class))
                .withPropertyValues("crossflag.adapters.rest.enabled=true")
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .hasSingleBean(LocalEventsController.class)
                        .doesNotHaveBean("restAdapterApiGroup"));
    }

    @Test
    void aBadAdapterIdStopsStartUpNamingTheKey() {
        runner.withPropertyValues(
                        "crossflag.adapters.rest.enabled=true", "crossflag.adapters.rest.adapter-id=Case System")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("crossflag.adapters.rest.adapter-id")
                        .hasMessageContaining("lower-case"));
    }

    @Test
    void aMaxBodySizeOutOfRangeStopsStartUpNamingTheKey() {
        for (String size : new String[] {"0B", "17MB"}) {
            runner.withPropertyValues(
                            "crossflag.adapters.rest.enabled=true", "crossflag.adapters.rest.max-body-size=" + size)
                    .run(context -> assertThat(context)
                            .hasFailed()
                            .getFailure()
                            .rootCause()
                            .as(size)
                            .hasMessageContaining("crossflag.adapters.rest.max-body-size"));
        }
    }

    @Test
    void anUnknownKeyStopsStartUpNamingIt() {
        runner.withPropertyValues("crossflag.adapters.rest.enabled=true", "crossflag.adapters.rest.max-body=1MB")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("crossflag.adapters.rest.max-body"));
    }

    @Test
    void withoutTheNodesRecordSinkStartUpFailsNamingIt() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(RestAdapterAutoConfiguration.class))
                .withPropertyValues("crossflag.adapters.rest.enabled=true")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(NoSuchBeanDefinitionException.class)
                        .hasMessageContaining(LocalRecordSink.class.getName()));
    }
}
