package org.wbsmodeler.ui.edit;

import java.util.Collection;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/**
 * The editing domain of one editor. EMF keeps a clipboard per domain; ours is shared by every open editor, so that
 * cut/copy in one model and paste in another works like it does between two MS Project files. Pasting copies the
 * clipboard's objects again, so the same clipboard can be pasted into several models.
 */
public class WbsEditingDomain extends AdapterFactoryEditingDomain {

	private static Collection<Object> sharedClipboard;

	public WbsEditingDomain(AdapterFactory adapterFactory) {
		super(adapterFactory, new BasicCommandStack());
	}

	@Override
	public Collection<Object> getClipboard() {
		return sharedClipboard;
	}

	@Override
	public void setClipboard(Collection<Object> clipboard) {
		setShared(clipboard);
	}

	private static void setShared(Collection<Object> clipboard) {
		sharedClipboard = clipboard;
	}
}
