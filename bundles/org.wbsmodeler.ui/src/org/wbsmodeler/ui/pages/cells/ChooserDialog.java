package org.wbsmodeler.ui.pages.cells;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Picks several model objects from a list with check boxes, e.g. the WBS elements that change a process step. A
 * filter narrows the list by code or name; what is ticked stays ticked while filtering.
 */
public final class ChooserDialog extends Dialog {

	private final String title;
	private final Collection<? extends EObject> candidates;
	private final List<Object> checked;
	private CheckboxTableViewer list;
	private Text filter;

	public ChooserDialog(Shell parent, String title, Collection<? extends EObject> candidates, Collection<?> current) {
		super(parent);
		this.title = title;
		this.candidates = candidates;
		this.checked = new ArrayList<>(current);
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** Opens the dialog; the chosen objects in the candidates' order, or null when cancelled. */
	public static List<EObject> choose(Shell parent, String title, Collection<? extends EObject> candidates, Collection<?> current) {
		ChooserDialog dialog = new ChooserDialog(parent, title, candidates, current);
		return dialog.open() == OK ? dialog.chosen() : null;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Character.toUpperCase(title.charAt(0)) + title.substring(1));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		new Label(area, SWT.NONE).setText("Tick what applies; type to filter by code or name:");
		filter = new Text(area, SWT.BORDER | SWT.SEARCH);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		list = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(460, 360).applyTo(list.getControl());
		list.setContentProvider(ArrayContentProvider.getInstance());
		list.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ModelTexts.name(element);
			}
		});
		list.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parentElement, Object element) {
				String typed = filter.getText().trim().toLowerCase(Locale.ROOT);
				return typed.isEmpty() || ModelTexts.name(element).toLowerCase(Locale.ROOT).contains(typed);
			}
		});
		list.setInput(candidates);
		list.setCheckedElements(checked.toArray());
		list.addCheckStateListener(event -> {
			if (event.getChecked()) {
				checked.add(event.getElement());
			} else {
				checked.remove(event.getElement());
			}
		});
		filter.addModifyListener(event -> {
			list.refresh();
			list.setCheckedElements(checked.toArray());
		});
		return area;
	}

	/** The ticked objects in the candidates' order. */
	public List<EObject> chosen() {
		return candidates.stream().filter(checked::contains).map(EObject.class::cast).toList();
	}

	/** The list, for tests that tick entries the way a user does. */
	public CheckboxTableViewer list() {
		return list;
	}
}
