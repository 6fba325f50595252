package org.wbsmodeler.model.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.extension.ModelExtensions;

/**
 * Reads and writes {@code .wbs} files. Loading goes into a fresh resource set, so a file that fails to load changes
 * nothing the caller holds; saving is atomic ({@link AtomicFiles}).
 */
public final class ModelFiles {

	private ModelFiles() {
	}

	/** A resource set that knows {@code .wbs} files, without touching any global registry. */
	public static ResourceSet newResourceSet() {
		WbsModel.init();
		ResourceSet set = new ResourceSetImpl();
		WbsModel.registerPackage(set.getPackageRegistry());
		ModelExtensions.registerPackages(set.getPackageRegistry());
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(WbsResourceFactory.FILE_EXTENSION, new WbsResourceFactory());
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new WbsResourceFactory());
		return set;
	}

	/** Loads the project of a model file, or throws a {@link ModelLoadException} whose message is one line. */
	public static Project load(Path file) throws ModelLoadException {
		return (Project) loadResource(file).getContents().get(0);
	}

	/**
	 * Loads a model file into a resource of its own resource set. Content of packages that are not installed is kept
	 * (and saved back); the resource's {@link Resource#getWarnings() warnings} name each missing package once.
	 */
	public static Resource loadResource(Path file) throws ModelLoadException {
		if (!Files.isRegularFile(file)) {
			throw new ModelLoadException(file, 0, Files.exists(file) ? "not a regular file" : "no such file", null);
		}
		ResourceSet set = newResourceSet();
		Resource resource = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		PlanCache cache = resource instanceof WbsResource ? PlanCache.forFile(file) : null;
		PlanCache.Source source = null;
		long metamodel = 0;
		if (cache != null) {
			try {
				source = PlanCache.Source.of(file);
				metamodel = PlanCache.metamodel(set.getPackageRegistry());
				if (cache.read(source, (WbsResource) resource, metamodel)) {
					return resource; // only clean loads are stored: nothing below would find anything
				}
			} catch (IOException e) {
				cache = null; // the parse below reports what is wrong with the file
			}
		}
		try {
			resource.load(null);
		} catch (IOException | RuntimeException e) {
			throw LoadProblems.describe(file, e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw LoadProblems.describe(file, firstWithLine(resource.getErrors()));
		}
		if (resource.getContents().isEmpty()) {
			throw new ModelLoadException(file, 0, "empty model: no project in the file", null);
		}
		EObject root = resource.getContents().get(0);
		String rootNamespace = root.eClass().getEPackage() == null ? null : root.eClass().getEPackage().getNsURI();
		if (!(root instanceof Project) && rootNamespace != null && set.getPackageRegistry().getEPackage(rootNamespace) == null) {
			// a root in a namespace nobody knows (a newer format, another tool's XML), kept as a record
			throw new ModelLoadException(file, 0, LoadProblems.describeNamespace(rootNamespace), null);
		}
		if (!(root instanceof Project)) {
			throw new ModelLoadException(file, 0, "not a WBS Modeler model: its root element is " + root.eClass().getName() + ", not Project", null);
		}
		if (resource instanceof WbsResource wbs) {
			UnknownContent.check(file, wbs, wbs.namespacePrefixes());
		}
		if (!(resource instanceof WbsResource wbs) || wbs.hasProxies()) {
			EcoreUtil.resolveAll(resource);
		}
		for (Resource other : set.getResources()) {
			if (other != resource && !other.getErrors().isEmpty()) {
				throw LoadProblems.describe(file, other.getErrors().get(0));
			}
		}
		if (cache != null && PlanCache.storable(resource)) {
			cache.write(source, (WbsResource) resource, metamodel);
		}
		return resource;
	}

	/** Saves the project to a file atomically: on any failure the previous file stays as it was. */
	public static void save(Project project, Path file) throws IOException {
		Resource resource = project.eResource();
		if (resource == null) {
			resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
			resource.getContents().add(project);
		}
		save(resource, file);
	}

	/** Saves a resource to a file atomically; the resource's own URI is left unchanged. */
	public static void save(Resource resource, Path file) throws IOException {
		Resource target = resource;
		if (!(resource instanceof WbsResource)) {
			throw new IOException(file + ": cannot save a " + resource.getClass().getSimpleName() + " as a .wbs file");
		}
		// the saved bytes counted and summed on their way out: with them the plan's cache entry is refreshed from the
		// model in memory, so the next load of a large plan does not parse what this save wrote
		java.util.zip.CRC32C sum = new java.util.zip.CRC32C();
		long[] length = new long[1];
		// whether the cache can carry the plan, asked before the save (which clears the load's diagnostics)
		boolean storable = PlanCache.storable(target);
		java.util.concurrent.Future<PlanCache.Payload> payload = storable ? PlanCache.prepare(file, (WbsResource) target) : null;
		boolean saved = false;
		try {
			write(file, target, sum, length);
			saved = true;
		} finally {
			if (!saved) {
				PlanCache.discard(payload);
			}
		}
		if (storable) {
			PlanCache.saved(file, length[0], (int) sum.getValue(), (WbsResource) target, payload);
		}
	}

	private static void write(Path file, Resource target, java.util.zip.CRC32C sum, long[] length) throws IOException {
		AtomicFiles.write(file, out -> {
			java.util.zip.CheckedOutputStream checked = new java.util.zip.CheckedOutputStream(out, sum) {
				@Override
				public void write(byte[] bytes, int offset, int count) throws IOException {
					super.write(bytes, offset, count);
					length[0] += count;
				}

				@Override
				public void write(int b) throws IOException {
					super.write(b);
					length[0]++;
				}
			};
			target.save(checked, null);
			checked.flush();
		});
	}

	/**
	 * The error to report: the first the parser tied to a line. One damaged element can also break the references to
	 * it, which EMF reports without a line, sometimes first; the element itself is what the user must fix.
	 */
	private static Resource.Diagnostic firstWithLine(java.util.List<Resource.Diagnostic> errors) {
		return errors.stream().filter(error -> error.getLine() > 0).findFirst().orElse(errors.get(0));
	}

	static boolean isMissingFile(Throwable e) {
		return e instanceof FileNotFoundException || e instanceof NoSuchFileException;
	}
}
