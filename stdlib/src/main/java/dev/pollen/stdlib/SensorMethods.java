package dev.pollen.stdlib;

import dev.pollen.runtime.sensor.Sensor;
import dev.pollen.runtime.value.BuiltinMethod;
import java.util.Map;

/**
 * The methods of sensors, simulated or host-fed (LANGUAGE.md §7): {@code s.read()} (a future of
 * the next sample), {@code s.latest()}, {@code s.samples()}, {@code s.stop()}, {@code s.name()}.
 */
final class SensorMethods {
    private SensorMethods() {}

    static final Map<String, BuiltinMethod> SENSOR = new MethodTable("sensor")
            .add("read", 0, (self, a) -> ((Sensor) self).read())
            .add("latest", 0, (self, a) -> ((Sensor) self).latest())
            .add("samples", 0, (self, a) -> ((Sensor) self).samples())
            .add("stop", 0, (self, a) -> {
                ((Sensor) self).stop();
                return null;
            })
            .add("name", 0, (self, a) -> ((Sensor) self).name())
            .build();
}
