package org.crossflag.adapter.maraccsv;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Reads the adapter's settings from their old place, {@code adapters.marac-csv.*}, as
 * {@code crossflag.adapters.marac-csv.*}, where every adapter's settings now live. A node configured the old way
 * keeps working, and logs one warning per old key at start-up naming the key that replaces it. One setting given
 * under both names stops start-up, naming both: which of the two values was meant cannot be told.
 *
 * <p>Every key under the old prefix moves, so a mistyped old key still fails start-up as an unknown key. Keys from
 * environment variables ({@code ADAPTERS_MARACCSV_INBOX}) move too.
 */
public final class MaracCsvSettingsMove implements EnvironmentPostProcessor, Ordered {

    static final String OLD_PREFIX = "adapters.marac-csv";
    static final String MOVED_SOURCE = "crossflag-marac-csv-moved-settings";
    /** Looked up by name as well, since an environment variable's name cannot be listed in its relaxed form. */
    private static final List<String> SETTINGS =
            List.of("enabled", "inbox", "adapter-id", "poll-interval", "max-file-size");

    private static final ConfigurationPropertyName OLD_ROOT = ConfigurationPropertyName.of(OLD_PREFIX);

    private final Log log;

    public MaracCsvSettingsMove(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(MaracCsvSettingsMove.class);
    }

    @Override
    public int getOrder() {
        // After application.yml and the profiles' files are loaded.
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(MOVED_SOURCE)) {
            return;
        }
        Map<String, String> oldKeyFor = new LinkedHashMap<>();
        Map<String, Object> moved = new LinkedHashMap<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            for (ConfigurationPropertyName oldName : oldNamesIn(source)) {
                String setting = setting(oldName.subName(OLD_ROOT.getNumberOfElements()));
                String newKey = MaracCsvProperties.PREFIX + "." + setting;
                ConfigurationProperty property = source.getConfigurationProperty(oldName);
                // The first source holding a key wins, as it does for any setting.
                if (property != null && !moved.containsKey(newKey)) {
                    moved.put(newKey, property.getValue());
                    oldKeyFor.put(newKey, OLD_PREFIX + "." + setting);
                }
            }
        }
        if (moved.isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> entry : oldKeyFor.entrySet()) {
            String newKey = entry.getKey();
            String oldKey = entry.getValue();
            if (isSet(environment, newKey)) {
                throw new MaracCsvConfigurationException(
                        oldKey, "set together with " + newKey + ", its new name; keep only " + newKey, null);
            }
        }
        oldKeyFor.forEach((newKey, oldKey) ->
                log.warn("The setting " + oldKey + " is deprecated and will be removed: rename it " + newKey));
        environment.getPropertySources().addLast(new MapPropertySource(MOVED_SOURCE, moved));
    }

    private static Set<ConfigurationPropertyName> oldNamesIn(ConfigurationPropertySource source) {
        Set<ConfigurationPropertyName> names = new LinkedHashSet<>();
        if (source instanceof IterableConfigurationPropertySource iterable) {
            iterable.stream().filter(OLD_ROOT::isAncestorOf).forEach(names::add);
        }
        for (String setting : SETTINGS) {
            ConfigurationPropertyName name = OLD_ROOT.append(setting);
            if (source.getConfigurationProperty(name) != null) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The setting's name in its documented form: an environment variable's name reads {@code adapterid} for
     * {@code adapter-id}, which is the same setting to the binder but not to a reader of the warning.
     */
    private static String setting(ConfigurationPropertyName relative) {
        for (String setting : SETTINGS) {
            if (ConfigurationPropertyName.of(setting).equals(relative)) {
                return setting;
            }
        }
        return relative.toString();
    }

    private static boolean isSet(ConfigurableEnvironment environment, String key) {
        ConfigurationPropertyName name = ConfigurationPropertyName.of(key);
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source.getConfigurationProperty(name) != null) {
                return true;
            }
        }
        return false;
    }
}
