package org.wbsmodeler.ui.session;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.wbsmodeler.model.WbsElement;

/**
 * The criticality index of each task from the editor's last schedule risk run (the share of iterations it was on
 * the critical path), shown by the Plan's and the Gantt table's Criticality column. A derived value like the dates:
 * set on the UI thread when a run ends, never a command, never saved; empty until the first run. Weak keys, so a
 * task deleted since the run does not stay alive through it.
 */
public final class Criticality {

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private Map<WbsElement, Double> index = new WeakHashMap<>();

	/** The task's index (0..1) in the last run, or null (no run yet, or a task the run did not see). */
	public Double of(WbsElement element) {
		return index.get(element);
	}

	/** Whether a run has reported. */
	public boolean isEmpty() {
		return index.isEmpty();
	}

	/** A run's indices replace the last run's; the pages showing the column are told. */
	public void set(Map<WbsElement, Double> indices) {
		Map<WbsElement, Double> copy = new WeakHashMap<>(indices);
		index = copy;
		listeners.forEach(Runnable::run);
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
