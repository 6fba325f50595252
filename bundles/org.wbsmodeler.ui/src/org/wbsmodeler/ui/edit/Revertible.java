package org.wbsmodeler.ui.edit;

/** An editor that can throw its unsaved changes away and read its file again (File &gt; Revert). */
public interface Revertible {

	void revert();
}
