package org.wbsmodeler.ui.compare.conflicts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.wbsmodeler.merge.conflict.ConflictList;
import org.wbsmodeler.merge.conflict.ListedConflict;
import org.wbsmodeler.model.io.AtomicFiles;

/**
 * The conflicts of one open plan, as listed beside its file, and which of them the user has picked a side for. Picks
 * are made and taken back only by commands on the editor's stack ({@link ResolveConflict}), so undo brings a
 * conflict back. When the plan is at its saved state, the list beside it is made to say the same: the conflicts still
 * open, and no file when none is.
 */
public final class OpenConflicts {

	private final Path listFile;
	private final List<ListedConflict> all;
	private final BitSet picked = new BitSet();
	/** Open conflicts that a later one on the same element and feature replaced (see {@link #add}). */
	private final BitSet superseded = new BitSet();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	public OpenConflicts(Path listFile, List<ListedConflict> all) {
		this.listFile = listFile;
		this.all = new ArrayList<>(all);
	}

	public Path listFile() {
		return listFile;
	}

	/** Every conflict listed when the plan was opened, and those added since (but not the ones they replaced). */
	public List<ListedConflict> all() {
		List<ListedConflict> current = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			if (!superseded.get(i)) {
				current.add(all.get(i));
			}
		}
		return current;
	}

	/** The conflicts no side was picked for, in the list's order. */
	public List<ListedConflict> open() {
		List<ListedConflict> open = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			if (!picked.get(i) && !superseded.get(i)) {
				open.add(all.get(i));
			}
		}
		return open;
	}

	/**
	 * Conflicts found while the plan is open (a shared plan meeting others' commits). Each one replaces a conflict
	 * still open on the same element and feature: the newer one has the values that hold now.
	 */
	public void add(List<ListedConflict> more) {
		for (ListedConflict conflict : more) {
			for (int i = 0; i < all.size(); i++) {
				ListedConflict old = all.get(i);
				if (!picked.get(i) && old.id().equals(conflict.id()) && old.feature().equals(conflict.feature())) {
					superseded.set(i);
				}
			}
			all.add(conflict);
		}
		listeners.forEach(Runnable::run);
	}

	public boolean isPicked(ListedConflict conflict) {
		return picked.get(indexOf(conflict));
	}

	void setPicked(ListedConflict conflict, boolean value) {
		picked.set(indexOf(conflict), value);
		listeners.forEach(Runnable::run);
	}

	private int indexOf(ListedConflict conflict) {
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i) == conflict) {
				return i;
			}
		}
		throw new IllegalArgumentException("not a conflict of " + listFile.getFileName() + ": " + conflict.label());
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/**
	 * The plan is at its saved state (just saved, or undone back to it): the list beside it holds the conflicts still
	 * open, or is deleted when none is.
	 */
	public void savedStateReached() throws IOException {
		List<ListedConflict> open = open();
		if (open.isEmpty()) {
			Files.deleteIfExists(listFile);
		} else {
			byte[] text = ConflictList.write(open).getBytes(StandardCharsets.UTF_8);
			AtomicFiles.write(listFile, out -> out.write(text));
		}
		listeners.forEach(Runnable::run);
	}
}
