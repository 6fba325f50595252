package org.wbsmodeler.model.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * The line of an element in its file, for problems EMF reports without one (a reference resolved after the parse,
 * content recorded as unknown): the line of its {@code xmi:id}. Only read when a load has already failed.
 */
final class SourceLines {

	private SourceLines() {
	}

	/** The line of {@code object}'s id in {@code file}, looked up through {@code context}'s resource; 0 when unknown. */
	static int lineOf(Path file, EObject context, EObject object) {
		Resource resource = context == null ? null : context.eResource();
		if (!(resource instanceof XMLResource xml) || object == null) {
			return 0;
		}
		String id = xml.getID(object);
		if (id == null) {
			return 0;
		}
		try {
			String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
			int at = text.indexOf("xmi:id=\"" + id + "\"");
			if (at < 0) {
				return 0;
			}
			int line = 1;
			for (int i = 0; i < at; i++) {
				if (text.charAt(i) == '\n') {
					line++;
				}
			}
			return line;
		} catch (IOException | RuntimeException e) {
			return 0; // the message stays useful without its line
		}
	}
}
