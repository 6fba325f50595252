package org.wbsmodeler.studio.bench;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.io.ModelLoadException;

/**
 * A stand-in for the model editor in the benchmark tests: the activities of a model in a virtual tree (name and
 * duration), an editing domain whose commands repaint the rows. Nothing else.
 */
public class ActivityListEditor extends EditorPart implements IEditingDomainProvider {

	private AdapterFactoryEditingDomain domain;
	private final List<Activity> activities = new ArrayList<>();
	private Tree tree;
	private final CommandStackListener repaint = event -> {
		if (tree != null && !tree.isDisposed()) {
			tree.clearAll(true);
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		try {
			Resource resource = ModelFiles.loadResource(((IFileEditorInput) input).getFile().getLocation().toPath());
			domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
					new BasicCommandStack(), resource.getResourceSet());
			resource.getAllContents().forEachRemaining(o -> {
				if (o instanceof Activity activity) {
					activities.add(activity);
				}
			});
		} catch (ModelLoadException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		domain.getCommandStack().addCommandStackListener(repaint);
	}

	@Override
	public void createPartControl(Composite parent) {
		tree = new Tree(parent, SWT.VIRTUAL | SWT.FULL_SELECTION);
		tree.setHeaderVisible(true);
		new TreeColumn(tree, SWT.LEFT).setText("Activity");
		new TreeColumn(tree, SWT.RIGHT).setText("Duration");
		for (TreeColumn column : tree.getColumns()) {
			column.setWidth(200);
		}
		tree.addListener(SWT.SetData, event -> {
			TreeItem item = (TreeItem) event.item;
			Activity activity = activities.get(tree.indexOf(item));
			item.setText(new String[] { activity.getName(), String.format("%.2fd", activity.getDuration()) });
		});
		tree.setItemCount(activities.size());
	}

	Tree tree() {
		return tree;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	@Override
	public boolean isDirty() {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// a stand-in: the benchmark never saves
	}

	@Override
	public void doSaveAs() {
		// a stand-in: the benchmark never saves
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		tree.setFocus();
	}

	@Override
	public void dispose() {
		domain.getCommandStack().removeCommandStackListener(repaint);
		super.dispose();
	}
}
