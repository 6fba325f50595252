package org.wbsmodeler.model.io;

import java.io.CharConversionException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.util.Messages;
import org.xml.sax.SAXParseException;

/** Turns whatever EMF and the XML parser throw into one line a person can act on. */
final class LoadProblems {

	/** The namespace every version of the format shares; the version follows it. */
	static final String FORMAT_NAMESPACE_PREFIX = "http://www.wbsmodeler.org/wbs/";

	private LoadProblems() {
	}

	static ModelLoadException describe(Path file, Object problem) {
		Throwable cause = problem instanceof Throwable t ? t : null;
		int line = problem instanceof Diagnostic d ? d.getLine() : 0;
		Throwable e = cause;
		// walk the wrappers down to the most specific cause EMF or the parser gave us
		while (e != null) {
			if (e instanceof PackageNotFoundException p) {
				return new ModelLoadException(file, p.getLine(), describeNamespace(p.uri()), cause);
			}
			if (e instanceof ClassNotFoundException c) {
				return new ModelLoadException(file, c.getLine(), "unknown element type '" + c.getName() + "'", cause);
			}
			if (e instanceof FeatureNotFoundException f) {
				return new ModelLoadException(file, f.getLine(), "unknown attribute or element '" + f.getName() + "'", cause);
			}
			if (e instanceof IllegalValueException v) {
				int at = v.getLine() > 0 ? v.getLine() : SourceLines.lineOf(file, v.getObject(), v.getValue() instanceof EObject o ? o : v.getObject());
				return new ModelLoadException(file, at, IllegalValues.describe(v.getObject(), v.getFeature(), v.getValue()), cause);
			}
			if (e instanceof UnresolvedReferenceException u) {
				return new ModelLoadException(file, u.getLine(), "reference to a missing element '" + u.getReference() + "'", cause);
			}
			if (e instanceof SAXParseException s && String.valueOf(s.getMessage()).contains("DOCTYPE")) {
				return new ModelLoadException(file, s.getLineNumber(), "refused: a DOCTYPE declaration (model files never have one; it could pull in external entities)", cause);
			}
			if (e instanceof SAXParseException s) {
				return new ModelLoadException(file, s.getLineNumber(), "not well-formed XML (" + Messages.firstLine(s.getMessage()) + ")", cause);
			}
			if (e instanceof CharConversionException c) {
				return new ModelLoadException(file, 0, "not well-formed XML (" + Messages.firstLine(c.getMessage()) + ": not a text file in UTF-8)", cause);
			}
			if (e instanceof XMIException x && x.getCause() == null) {
				return new ModelLoadException(file, x.getLine(), Messages.firstLine(x.getMessage()), cause);
			}
			if (ModelFiles.isMissingFile(e)) {
				return new ModelLoadException(file, 0, "no such file", cause);
			}
			if (e.getCause() == e) {
				break;
			}
			e = e.getCause() != null ? e.getCause() : (e instanceof Resource.IOWrappedException w ? w.getWrappedException() : null);
		}
		String message = cause != null ? cause.getMessage() : String.valueOf(problem);
		if (cause != null && cause.getMessage() == null) {
			message = cause.getClass().getSimpleName();
		}
		return new ModelLoadException(file, line, "cannot read the model (" + Messages.firstLine(message) + ")", cause);
	}

	/** Tells apart a file of another tool from one written by another version of ours. */
	static String describeNamespace(String uri) {
		if (uri != null && uri.startsWith(FORMAT_NAMESPACE_PREFIX) && !uri.equals(WbsPackage.eNS_URI)) {
			String theirs = uri.substring(FORMAT_NAMESPACE_PREFIX.length());
			String ours = WbsPackage.eNS_URI.substring(FORMAT_NAMESPACE_PREFIX.length());
			return "written in WBS Modeler format " + theirs + ", this version reads format " + ours
					+ (theirs.compareTo(ours) > 0 ? " (the file is newer: update WBS Modeler)" : "");
		}
		return "not a WBS Modeler model (namespace '" + (uri == null || uri.isEmpty() ? "none" : uri) + "')";
	}
}
