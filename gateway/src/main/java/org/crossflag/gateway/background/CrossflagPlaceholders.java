package org.crossflag.gateway.background;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.Ordered;
import org.apache.camel.spi.PropertiesSource;
import org.crossflag.gateway.node.CrossflagProperties;

/**
 * The node's validated {@code crossflag.*} settings as Camel placeholders, so a route reads
 * {@code {{crossflag.outbox.poll-interval}}} from the same bound value the rest of the node uses, defaults
 * included. Durations are given in milliseconds, the unit Camel's endpoint options take; numbers, switches and
 * text as they are. Lists, paths and periods are not offered: no route option takes them.
 */
public final class CrossflagPlaceholders implements PropertiesSource, Ordered {

    private final Map<String, String> values;

    public CrossflagPlaceholders(CrossflagProperties properties) {
        Map<String, String> found = new HashMap<>();
        collect("crossflag", properties, found);
        this.values = Map.copyOf(found);
    }

    @Override
    public String getName() {
        return "crossflag";
    }

    @Override
    public String getProperty(String name) {
        return values.get(name);
    }

    /** Ahead of other sources: the bound, validated value is the one that counts. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST;
    }

    private static void collect(String prefix, Object value, Map<String, String> into) {
        if (value == null) {
            return;
        }
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                collect(prefix + "." + kebab(component.getName()), read(component, record), into);
            }
        } else if (value instanceof Duration duration) {
            into.put(prefix, Long.toString(duration.toMillis()));
        } else if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            into.put(prefix, value.toString());
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read setting " + component.getName(), e);
        }
    }

    static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
