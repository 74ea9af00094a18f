/**
 * The timeline of a run ({@code --trace-out=FILE.html} and {@code FILE.svg}): {@link
 * dev.pollen.runtime.timeline.TimelineRecorder} keeps the executor's trace events,
 * {@link dev.pollen.runtime.timeline.TimelineLayout} places them on lanes (one per task, one per
 * worker under the multi executor, one for timers and sources), and
 * {@link dev.pollen.runtime.timeline.TimelineWriter} writes the picture as a static SVG or as one
 * self-contained HTML page whose script draws it with zoom, pan and details on hover.
 */
package dev.pollen.runtime.timeline;
