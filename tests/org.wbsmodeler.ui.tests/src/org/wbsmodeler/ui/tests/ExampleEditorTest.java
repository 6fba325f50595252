package org.wbsmodeler.ui.tests;

import org.junit.After;
import org.junit.Before;

/** A test that works on a fresh copy of the example, open in the model editor. */
public abstract class ExampleEditorTest {

	protected EditorFixture fixture;

	@Before
	public void openExample() throws Exception {
		fixture = EditorFixture.openExample();
	}

	@After
	public void closeExample() throws Exception {
		fixture.close();
	}
}
