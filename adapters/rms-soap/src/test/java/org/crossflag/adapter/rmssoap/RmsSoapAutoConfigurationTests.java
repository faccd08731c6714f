package org.crossflag.adapter.rmssoap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.apache.cxf.Bus;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.adapter.LocalRecordsSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.util.unit.DataSize;

/** The adapter switches on with one key, checks its settings at start-up, and needs the node's record sink. */
class RmsSoapAutoConfigurationTests {

    static final String PREFIX = "crossflag.adapters.rms-soap.";

    final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RmsSoapAutoConfiguration.class))
            .withBean(LocalRecordSink.class, RecordingSink::new);

    @Test
    void theAdapterIsOffUnlessEnabledAndThenRegistersNoServletAndNoBus() {
        runner.run(context -> assertThat(context)
                .hasNotFailed()
                .doesNotHaveBean(RmsSoapProperties.class)
                .doesNotHaveBean(Bus.class)
                .doesNotHaveBean(ServletRegistrationBean.class)
                .doesNotHaveBean(LocalRecordsSource.class));
        runner.withPropertyValues(PREFIX + "enabled=false", PREFIX + "records-system.url=http://127.0.0.1:9/q")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Bus.class));
    }

    @Test
    void outsideAWebApplicationItStaysOff() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(RmsSoapAutoConfiguration.class))
                .withPropertyValues(PREFIX + "enabled=true")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Bus.class));
    }

    @Test
    void enabledItServesUnderLocalSoapWithDefaults() {
        runner.withPropertyValues(PREFIX + "enabled=true").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(LocalRecordsSource.class);
            @SuppressWarnings("unchecked")
            ServletRegistrationBean<CXFNonSpringServlet> servlet = context.getBean(ServletRegistrationBean.class);
            assertThat(servlet.getUrlMappings()).containsExactly("/local/soap/*");
            RmsSoapProperties properties = context.getBean(RmsSoapProperties.class);
            assertThat(properties.adapterId()).isEqualTo("rms-soap");
            assertThat(properties.maxBodySize()).isEqualTo(DataSize.ofMegabytes(1));
            assertThat(properties.recordsSystem().url()).isNull();
            assertThat(properties.recordsSystem().connectTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(properties.recordsSystem().receiveTimeout()).isEqualTo(Duration.ofSeconds(10));
        });
    }

    @Test
    void withTheRecordsSystemsUrlItOffersTheRecordsSourceUnderItsAdapterId() {
        runner.withPropertyValues(
                        PREFIX + "enabled=true",
                        PREFIX + "adapter-id=essex-rms",
                        PREFIX + "records-system.url=https://rms.essex.police.example/soap/query",
                        PREFIX + "records-system.receive-timeout=PT3S")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(LocalRecordsSource.class);
                    assertThat(context.getBean(LocalRecordsSource.class).adapterId())
                            .isEqualTo("essex-rms");
                    assertThat(context.getBean(RmsSoapProperties.class)
                                    .recordsSystem()
                                    .url())
                            .isEqualTo(URI.create("https://rms.essex.police.example/soap/query"));
                });
    }

    @Test
    void badValuesAndUnknownKeysStopStartUpNamingTheKey() {
        assertStartUpFails("adapterId", PREFIX + "adapter-id=Essex RMS");
        assertStartUpFails("maxBodySize", PREFIX + "max-body-size=100MB");
        assertStartUpFails("maxBodySize", PREFIX + "max-body-size=10B");
        assertStartUpFails("recordsSystem.url", PREFIX + "records-system.url=ftp://rms.example/q");
        assertStartUpFails("recordsSystem.receiveTimeout", PREFIX + "records-system.receive-timeout=PT0.01S");
        assertStartUpFails("crossflag.adapters.rms-soap.max-body", PREFIX + "max-body=1MB");
    }

    void assertStartUpFails(String naming, String setting) {
        runner.withPropertyValues(PREFIX + "enabled=true", setting)
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining(naming));
    }

    @Test
    void itNeedsTheNodesRecordSink() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(RmsSoapAutoConfiguration.class))
                .withPropertyValues(PREFIX + "enabled=true")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(NoSuchBeanDefinitionException.class)
                        .hasMessageContaining(LocalRecordSink.class.getName()));
    }
}
