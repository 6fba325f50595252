package org.wbsmodeler.ui.compare.changes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.merge.diff.Change;
import org.wbsmodeler.merge.diff.ChangeKind;
import org.wbsmodeler.merge.diff.PlanDiff;
import org.wbsmodeler.merge.index.ComparedFeatures;
import org.wbsmodeler.merge.index.PlanIndex;
import org.wbsmodeler.merge.text.PlanLabels;
import org.wbsmodeler.model.WbsElement;

/**
 * The element changes from one plan to another (the merge core's diff), grouped by element and sorted by WBS code,
 * with the files that show each side (null where a side is not a workspace file, e.g. git's HEAD).
 */
public final class PlanComparison {

	private final String fromName;
	private final String toName;
	private final IFile fromFile;
	private final IFile toFile;
	private final List<ChangedElement> elements;
	private final int changeCount;

	private PlanComparison(String fromName, String toName, IFile fromFile, IFile toFile, List<ChangedElement> elements, int changeCount) {
		this.fromName = fromName;
		this.toName = toName;
		this.fromFile = fromFile;
		this.toFile = toFile;
		this.elements = elements;
		this.changeCount = changeCount;
	}

	/**
	 * Compares two loaded plans.
	 *
	 * @throws MergeException if they are not versions of one plan (the diff's one-line reason)
	 */
	public static PlanComparison of(Resource from, String fromName, IFile fromFile, Resource to, String toName, IFile toFile) throws MergeException {
		ComparedFeatures features = new ComparedFeatures();
		PlanIndex before = PlanIndex.of(from, features);
		PlanIndex after = PlanIndex.of(to, features);
		List<Change> changes = PlanDiff.compare(before, after);
		PlanLabels labels = new PlanLabels();
		// by the owner's id: a link deleted from a task and a field of that task changed are listed under one task
		Map<String, List<Change>> byOwner = new LinkedHashMap<>();
		Map<String, EObject> owners = new LinkedHashMap<>();
		for (Change change : changes) {
			EObject owner = owner(change.element());
			String id = (owner.eResource() == from ? before : after).id(owner);
			owners.putIfAbsent(id, owner);
			byOwner.computeIfAbsent(id, o -> new ArrayList<>()).add(change);
		}
		List<ChangedElement> elements = new ArrayList<>(byOwner.size());
		byOwner.forEach((id, ownChanges) -> {
			EObject owner = owners.get(id);
			String label = labels.label(owner);
			List<ChangeRow> rows = new ArrayList<>(ownChanges.size());
			ChangedElement element = new ChangedElement(id, owner instanceof WbsElement wbs ? labels.code(wbs) : null, label, rows);
			for (Change change : ownChanges) {
				String line = labels.line(change, before, after);
				rows.add(new ChangeRow(change, element, line.startsWith(label + ": ") ? line.substring(label.length() + 2) : line));
			}
			elements.add(element);
		});
		elements.sort(Comparator.comparing(ChangedElement::code, Comparator.nullsLast(PlanComparison::compareCodes)));
		return new PlanComparison(fromName, toName, fromFile, toFile, List.copyOf(elements), changes.size());
	}

	/** The WBS element a change is listed under: the element itself, the one a link or assignment is in, or the object. */
	static EObject owner(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof WbsElement) {
				return o;
			}
		}
		return object;
	}

	/** WBS codes in outline order: 1.2 before 1.10. */
	static int compareCodes(String a, String b) {
		String[] x = a.split("\\.");
		String[] y = b.split("\\.");
		for (int i = 0; i < Math.min(x.length, y.length); i++) {
			int c = x[i].matches("\\d+") && y[i].matches("\\d+") ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i])) : x[i].compareTo(y[i]);
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(x.length, y.length);
	}

	public List<ChangedElement> elements() {
		return elements;
	}

	public int changeCount() {
		return changeCount;
	}

	public String fromName() {
		return fromName;
	}

	public String toName() {
		return toName;
	}

	/** The file that shows a change's element: the older plan's for a deletion, the newer's otherwise; may be null. */
	public IFile fileShowing(ChangeRow row) {
		return row.change().kind() == ChangeKind.DELETED && row.element().id().equals(row.change().elementId()) ? fromFile : toFile;
	}

	public String nameShowing(ChangeRow row) {
		return fileShowing(row) == fromFile ? fromName : toName;
	}
}
