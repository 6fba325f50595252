package org.wbsmodeler.ui.recovery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The unsaved state of plans, kept apart from the plans' files: one recovery model ({@code KEY.wbs}) and one note
 * ({@code KEY.properties}: the plan's file and the time of its last edit) per plan, each written atomically (temporary
 * file, then rename). The note is written after the model and deleted before it, so a listed recovery always has its
 * model. The user's file is never written here.
 */
public final class RecoveryStore {

	private static final String MODEL = ".wbs";
	private static final String NOTE = ".properties";

	/** One plan's unsaved state: its file, when it was last edited, and the recovery model. */
	public record Recovery(Path plan, Instant lastEdit, Path model) {
	}

	private final Path directory;
	/** Plans whose next opening in an editor reads the recovery model instead of the file. */
	private final Set<Path> claimed = ConcurrentHashMap.newKeySet();

	public RecoveryStore(Path directory) {
		this.directory = directory;
	}

	public Path directory() {
		return directory;
	}

	/** Writes a plan's serialized model and its last-edit time, replacing what was kept for it. */
	public void write(Path plan, byte[] model, Instant lastEdit) throws IOException {
		Files.createDirectories(directory);
		String key = key(plan);
		atomically(directory.resolve(key + MODEL), model);
		Properties note = new Properties();
		note.setProperty("plan", plan.toAbsolutePath().toString());
		note.setProperty("lastEdit", lastEdit.toString());
		StringWriter text = new StringWriter();
		note.store(text, "WBS Modeler: unsaved changes of a plan");
		atomically(directory.resolve(key + NOTE), text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Forgets a plan's unsaved state (saved, closed without saving, or discarded). */
	public void delete(Path plan) throws IOException {
		String key = key(plan);
		Files.deleteIfExists(directory.resolve(key + NOTE));
		Files.deleteIfExists(directory.resolve(key + MODEL));
	}

	/** The plan's recovery, or null when nothing is kept for it. */
	public Recovery find(Path plan) {
		return read(directory.resolve(key(plan) + NOTE));
	}

	/** Every plan with unsaved state kept, oldest edit first. */
	public List<Recovery> list() {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		List<Recovery> found = new ArrayList<>();
		try (Stream<Path> files = Files.list(directory)) {
			files.filter(f -> f.getFileName().toString().endsWith(NOTE)).map(this::read).filter(r -> r != null).forEach(found::add);
		} catch (IOException e) {
			return List.of();
		}
		found.sort(Comparator.comparing(Recovery::lastEdit));
		return found;
	}

	/** Asks that the plan's next opening in an editor take its recovered state. */
	public void claim(Path plan) {
		claimed.add(plan.toAbsolutePath().normalize());
	}

	/** The recovery an editor opening this plan should load (once), or null to read the file. */
	public Recovery takeClaim(Path plan) {
		return claimed.remove(plan.toAbsolutePath().normalize()) ? find(plan) : null;
	}

	private Recovery read(Path noteFile) {
		if (!Files.isRegularFile(noteFile)) {
			return null;
		}
		try {
			Properties note = new Properties();
			note.load(new StringReader(Files.readString(noteFile, StandardCharsets.UTF_8)));
			String name = noteFile.getFileName().toString();
			Path model = noteFile.resolveSibling(name.substring(0, name.length() - NOTE.length()) + MODEL);
			String plan = note.getProperty("plan");
			String lastEdit = note.getProperty("lastEdit");
			if (plan == null || lastEdit == null || !Files.isRegularFile(model)) {
				return null;
			}
			return new Recovery(Path.of(plan), Instant.parse(lastEdit), model);
		} catch (IOException | RuntimeException e) {
			// a note half-written by an older crash or edited by hand: not offered
			return null;
		}
	}

	private static void atomically(Path file, byte[] content) throws IOException {
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		Files.write(temporary, content);
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** A file name for a plan: the digest of its absolute path, so that two plans named alike stay apart. */
	static String key(Path plan) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest(plan.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Serializes a model resource as the recovery keeps it. */
	public static byte[] serialize(org.eclipse.emf.ecore.resource.Resource resource) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (resource instanceof org.wbsmodeler.model.io.WbsResource plan) {
			plan.write(out);
		} else {
			resource.save(out, null);
		}
		return out.toByteArray();
	}

	/** Whether {@link #serialize} only reads the resource, so that it may run off the UI thread. */
	public static boolean serializesByReading(org.eclipse.emf.ecore.resource.Resource resource) {
		return resource instanceof org.wbsmodeler.model.io.WbsResource;
	}
}
