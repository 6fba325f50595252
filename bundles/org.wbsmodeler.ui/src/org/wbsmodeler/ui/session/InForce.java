package org.wbsmodeler.ui.session;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Something one editor's pages share and each shows while it is set (the view in force, the filter bar's filter):
 * set on one page, every listening page is told.
 */
abstract class InForce<T> {

	private final List<Consumer<T>> listeners = new CopyOnWriteArrayList<>();
	private T value;

	InForce(T initial) {
		value = initial;
	}

	T value() {
		return value;
	}

	/** Puts a value in force and tells every page, unless it is already the one in force. */
	void put(T newValue) {
		if (Objects.equals(newValue, value)) {
			return;
		}
		value = newValue;
		listeners.forEach(listener -> listener.accept(newValue));
	}

	public void addListener(Consumer<T> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<T> listener) {
		listeners.remove(listener);
	}
}
