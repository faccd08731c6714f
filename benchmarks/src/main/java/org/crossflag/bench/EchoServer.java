package org.crossflag.bench;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The baseline for the exchange benchmark: a plain Spring Boot HTTPS echo on Tomcat with the same TLS
 * settings as a node (TLS 1.3 only, client certificate required, federation trust store), and nothing else.
 * <p>
 * The gateway is on the same classpath, so instead of auto-configuring everything found there (Camel,
 * DataSource, Flyway, actuator, ...) this application imports only the web stack, and it scans no packages.
 * It also reads no {@code application.yml}: every setting comes from the command line.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({
    PropertyPlaceholderAutoConfiguration.class,
    SslAutoConfiguration.class,
    ServletWebServerFactoryAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    HttpMessageConvertersAutoConfiguration.class,
    WebMvcAutoConfiguration.class
})
@Import(EchoServer.EchoController.class)
public class EchoServer {

    static final String PATH = "/echo";

    public static void main(String[] args) {
        new SpringApplicationBuilder(EchoServer.class)
                // Not "application": the gateway jar's application.yml must not configure this server.
                .properties("spring.config.name=crossflag-bench-echo", "spring.main.banner-mode=off")
                .run(args);
    }

    @RestController
    static class EchoController {

        @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
        byte[] echo(@RequestBody byte[] body) {
            return body;
        }
    }
}
