package org.crossflag.gateway;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code crossflag.data-dir} absolute before anything reads it: H2 refuses database paths that are
 * implicitly relative, and a force should be able to write {@code data-dir: data}.
 */
class DataDirectoryEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String KEY = "crossflag.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(KEY, "./data");
        String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("crossflagDataDirectory", Map.of(KEY, absolute)));
    }
}
