package org.wbsmodeler.ui.compare.changes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.model.io.ModelLoadException;

/** Compare With &gt; Each Other: the changes from the older of two selected plans (last written first) to the newer. */
public final class CompareEachOtherHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		List<IFile> files = new ArrayList<>();
		for (Object selected : HandlerUtil.getCurrentStructuredSelection(event)) {
			IFile file = Adapters.adapt(selected, IFile.class);
			if (file != null) {
				files.add(file);
			}
		}
		if (files.size() != 2) {
			throw new ExecutionException("Select two plans to compare them with each other");
		}
		// from the older file to the newer (by when each was last written), whatever order the explorer lists them in
		files.sort(Comparator.comparingLong(IFile::getLocalTimeStamp));
		try {
			PlanComparison comparison = PlanComparison.of(PlanFiles.load(files.get(0)), files.get(0).getName(), files.get(0),
					PlanFiles.load(files.get(1)), files.get(1).getName(), files.get(1));
			PlanFiles.show(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), comparison);
		} catch (ModelLoadException | MergeException | PartInitException e) {
			PlanFiles.refuse(HandlerUtil.getActiveShell(event), "Compare With Each Other", files.get(0).getName(), files.get(1).getName(), e);
		}
		return null;
	}
}
