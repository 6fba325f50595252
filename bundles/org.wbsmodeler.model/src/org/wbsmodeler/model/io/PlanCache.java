package org.wbsmodeler.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.zip.CRC32C;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * A derived copy of a large plan in EMF's binary form, beside nothing the user sees: the XMI file stays the plan,
 * this only spares the next load of the same bytes the XML parse (three quarters of a 100,000-activity command).
 * <p>
 * Never stale: an entry names the plan's length, modification time and CRC-32C of its bytes (read in one pass before
 * every use, a tenth of the parse's cost) and a fingerprint of the metamodel it was written with; any difference and
 * the plan is parsed as XMI again. Each entry carries a CRC-32C of itself, so a torn or damaged entry is dropped too.
 * Only plans the XMI load read cleanly are stored: no warning, no content of a package that is not installed, no
 * reference by URI, one resource. Where the cache folder cannot be written (a read-only home, a user without one)
 * nothing is stored and every load parses, as without it. {@code -Dwbsmodeler.planCache=off} turns it off,
 * {@code -Dwbsmodeler.planCache=DIR} moves it (default {@code $XDG_CACHE_HOME/wbsmodeler/plans}).
 */
final class PlanCache {

	private static final long MAGIC = 0x5742534341434845L; // "WBSCACHE"
	/** Raised when what an entry holds changes (its layout here, not EMF's own binary format, which it names itself). */
	private static final int LAYOUT = 1;
	/** Plans smaller than this parse in a fraction of a second: no entry (and no litter from every test's plans). */
	private static final long MIN_BYTES = 8L << 20;
	/** Entries kept: the plans opened last (a benchmark's generated plans come and go; the cache must not grow with them). */
	private static final int KEPT = 8;

	private final Path folder;

	private PlanCache(Path folder) {
		this.folder = folder;
	}

	/** The cache for loading {@code file}, or null when it is off or the file is too small to be worth one. */
	static PlanCache forFile(Path file) {
		try {
			return forLength(Files.size(file));
		} catch (IOException e) {
			return null;
		}
	}

	/** The cache for a plan of {@code length} bytes, or null when it is off or the plan is too small to be worth one. */
	static PlanCache forLength(long length) {
		String setting = System.getProperty("wbsmodeler.planCache");
		if ("off".equals(setting) || length < Long.getLong("wbsmodeler.planCache.minBytes", MIN_BYTES)) {
			return null;
		}
		Path folder = setting != null && !setting.isEmpty() ? Path.of(setting) : defaultFolder();
		return folder == null ? null : new PlanCache(folder);
	}

	/**
	 * The binary form of a plan about to be saved, made on a thread of its own while the save writes the XMI (both
	 * only read the model; the caller changes nothing until the save returns), or null when the plan gets no entry:
	 * the cache is off or the file is small (the caller has checked that the resource is {@link #storable}). The file's present length
	 * decides its size class; a new file is stored after its save, without this head start.
	 */
	static java.util.concurrent.Future<Payload> prepare(Path file, WbsResource resource) {
		long length;
		try {
			length = Files.size(file);
		} catch (IOException none) {
			return null;
		}
		if (forLength(length) == null) {
			return null;
		}
		java.util.concurrent.FutureTask<Payload> task = new java.util.concurrent.FutureTask<>(() -> Payload.of(resource));
		Thread thread = new Thread(task, "plan cache entry");
		thread.setDaemon(true);
		thread.start();
		return task;
	}

	/**
	 * Stores the plan a save has just written from {@code resource}: the saved bytes' length and CRC-32C, counted while
	 * they were written, name them as a load's {@link Source#of} would, so the next load of the file reads this entry
	 * instead of parsing what this process already holds. Keyed as any entry (path, length, time, checksum, metamodel):
	 * if the file is replaced again before or after this, the entry names bytes it no longer has and is not used.
	 * The caller has checked that the resource is {@link #storable} before the save; {@code prepared}, if not null, is
	 * the binary form {@link #prepare} made during the save.
	 */
	static void saved(Path file, long length, int checksum, WbsResource resource, java.util.concurrent.Future<Payload> prepared) {
		PlanCache cache = forLength(length);
		if (cache == null) {
			discard(prepared);
			return;
		}
		try {
			Payload payload = prepared != null ? prepared.get() : Payload.of(resource);
			Path absolute = file.toAbsolutePath().normalize();
			BasicFileAttributes attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
			if (attributes.size() != length) {
				return;
			}
			Source source = new Source(absolute, length, attributes.lastModifiedTime().toMillis(), checksum);
			cache.write(source, payload, metamodel(resource.getResourceSet().getPackageRegistry()));
		} catch (IOException | RuntimeException | java.util.concurrent.ExecutionException e) {
			// no entry: the next load parses the file, as without a cache
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Waits for a {@link #prepare}d payload a failed save will not use: nothing may read the model after the save returns. */
	static void discard(java.util.concurrent.Future<Payload> prepared) {
		if (prepared == null) {
			return;
		}
		try {
			prepared.get();
		} catch (java.util.concurrent.ExecutionException ignored) {
			// no entry either way
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static Path defaultFolder() {
		String cacheHome = System.getenv("XDG_CACHE_HOME");
		if (cacheHome != null && !cacheHome.isEmpty()) {
			return Path.of(cacheHome, "wbsmodeler", "plans");
		}
		String home = System.getProperty("user.home");
		return home == null || home.isEmpty() || "?".equals(home) ? null : Path.of(home, ".cache", "wbsmodeler", "plans");
	}

	/** What identifies the bytes of a plan: its path, length, modification time and checksum. */
	record Source(Path file, long length, long modified, int checksum) {

		/** Reads the whole file once (mapped, not copied) for its checksum. */
		static Source of(Path file) throws IOException {
			Path absolute = file.toAbsolutePath().normalize();
			BasicFileAttributes attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
			try (FileChannel channel = FileChannel.open(absolute, StandardOpenOption.READ)) {
				return new Source(absolute, attributes.size(), attributes.lastModifiedTime().toMillis(), PlanCache.checksum(map(channel)));
			}
		}

		/** Whether the file still is what this names (its length and time; a rename-over changes the time). */
		boolean unchanged() {
			try {
				BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
				return now.size() == length && now.lastModifiedTime().toMillis() == modified;
			} catch (IOException e) {
				return false;
			}
		}
	}

	/** The entry of a plan: one per path, so the cache holds at most one entry for each large plan ever opened. */
	private Path entry(Path file) {
		CRC32C name = new CRC32C();
		name.update(file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return folder.resolve(Long.toHexString(name.getValue()) + "-" + file.getFileName() + ".bin");
	}

	/** Loads the plan from its entry into {@code resource}; false (and the resource untouched) when there is none that fits. */
	boolean read(Source source, WbsResource resource, long metamodel) {
		Path entry = entry(source.file());
		if (!Files.isRegularFile(entry)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(entry, StandardOpenOption.READ)) {
			MappedByteBuffer bytes = map(channel);
			if (bytes.capacity() < 64 || bytes.getInt(bytes.capacity() - 4) != checksum(bytes.slice(0, bytes.capacity() - 4))) {
				return false;
			}
			ByteBuffer header = bytes.duplicate();
			if (header.getLong() != MAGIC || header.getInt() != LAYOUT || !source.file().toString().equals(readPath(header)) || header.getLong() != metamodel
					|| header.getLong() != source.length() || header.getLong() != source.modified() || header.getInt() != source.checksum()) {
				return false;
			}
			int elements = header.getInt();
			InputStream payload = new ByteBufferInput(header.slice(header.position(), header.remaining() - 4));
			resource.loadBinary(payload, elements);
			resource.setTimeStamp(source.modified()); // as a load through the file's URI sets it
			touch(entry);
			return true;
		} catch (IOException | RuntimeException damaged) {
			// an entry of another version or a damaged one: the plan is parsed as XMI, and the entry written again
			resource.unload();
			return false;
		}
	}

	/** Stores a plan the XMI load read cleanly, if the file is still the one read; any failure only leaves no entry. */
	void write(Source source, WbsResource resource, long metamodel) {
		try {
			write(source, Payload.of(resource), metamodel);
		} catch (IOException | RuntimeException e) {
			// nothing stored: the next load parses the XMI, as without a cache
		}
	}

	/** The plan in EMF's binary form, held in memory until the source it belongs to is known. */
	static final class Payload extends java.io.ByteArrayOutputStream {
		private int elements;

		private Payload(int capacity) {
			super(capacity);
		}

		static Payload of(WbsResource resource) throws IOException {
			// about 100 bytes an element: grown from a small buffer, the copies of a 60 MB entry were a tenth of its writing
			long guess = Math.min(100L * resource.getEObjectToIDMap().size(), Integer.MAX_VALUE - 16);
			Payload payload = new Payload((int) Math.max(guess, 1 << 16));
			payload.elements = resource.writeBinary(payload);
			return payload;
		}

		/** Writes the bytes to {@code target} without a copy, adding them to {@code sum}. */
		void writeTo(OutputStream target, CRC32C sum) throws IOException {
			sum.update(buf, 0, count);
			target.write(buf, 0, count);
		}
	}

	private void write(Source source, Payload payload, long metamodel) {
		if (!source.unchanged()) {
			return;
		}
		try {
			Files.createDirectories(folder);
			if (!Files.isWritable(folder)) {
				return;
			}
			// not forced to disk like a plan's save: a torn entry fails its checksum and the plan is parsed
			Path entry = entry(source.file());
			Path temp = Files.createTempFile(folder, "." + entry.getFileName(), ".tmp");
			try (OutputStream target = Files.newOutputStream(temp)) {
				CRC32C sum = new CRC32C();
				byte[] path = source.file().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
				ByteBuffer header = ByteBuffer.allocate(8 + 4 + 4 + path.length + 8 + 8 + 8 + 4 + 4);
				header.putLong(MAGIC).putInt(LAYOUT).putInt(path.length).put(path).putLong(metamodel).putLong(source.length()).putLong(source.modified()).putInt(source.checksum())
						.putInt(payload.elements);
				sum.update(header.array());
				target.write(header.array());
				payload.writeTo(target, sum);
				// the checksum of everything before it
				target.write(ByteBuffer.allocate(4).putInt((int) sum.getValue()).array());
			} catch (IOException | RuntimeException e) {
				Files.deleteIfExists(temp);
				throw e;
			}
			Files.move(temp, entry, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			prune();
		} catch (IOException | RuntimeException e) {
			// a read-only or full cache folder: the next load parses the XMI, as without a cache
		}
	}

	/** Marks an entry used, for {@link #prune}: an entry read every day outlives the benchmarks' throw-away plans. */
	private static void touch(Path entry) {
		try {
			Files.setLastModifiedTime(entry, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
		} catch (IOException | RuntimeException readOnly) {
			// a cache we may read but not write: the order of pruning matters little
		}
	}

	private static String readPath(ByteBuffer header) {
		int length = header.getInt();
		if (length < 0 || length > header.remaining()) {
			return null;
		}
		byte[] path = new byte[length];
		header.get(path);
		return new String(path, java.nio.charset.StandardCharsets.UTF_8);
	}

	/** Drops the entries of plans that are gone, then all but the {@value #KEPT} used last, and old temporary files. */
	private void prune() throws IOException {
		java.util.List<Path> entries = new java.util.ArrayList<>();
		try (var listing = Files.newDirectoryStream(folder, "*.bin")) {
			for (Path entry : listing) {
				String plan = planOf(entry);
				if (plan == null || !Files.exists(Path.of(plan))) {
					Files.deleteIfExists(entry);
				} else {
					entries.add(entry);
				}
			}
		}
		// what a process killed while writing left behind
		long hourAgo = System.currentTimeMillis() - 3_600_000;
		try (var listing = Files.newDirectoryStream(folder, ".*.tmp")) {
			for (Path temp : listing) {
				if (lastUse(temp).toMillis() < hourAgo) {
					Files.deleteIfExists(temp);
				}
			}
		}
		if (entries.size() > KEPT) {
			entries.sort(java.util.Comparator.comparing(PlanCache::lastUse).reversed());
			for (Path old : entries.subList(KEPT, entries.size())) {
				Files.deleteIfExists(old);
			}
		}
	}

	private static String planOf(Path entry) {
		try (FileChannel channel = FileChannel.open(entry, StandardOpenOption.READ)) {
			ByteBuffer header = ByteBuffer.allocate((int) Math.min(channel.size(), 8 + 4 + 4 + 4096));
			channel.read(header, 0);
			header.flip();
			return header.remaining() < 16 || header.getLong() != MAGIC || header.getInt() != LAYOUT ? null : readPath(header);
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static java.nio.file.attribute.FileTime lastUse(Path entry) {
		try {
			return Files.getLastModifiedTime(entry);
		} catch (IOException e) {
			return java.nio.file.attribute.FileTime.fromMillis(0);
		}
	}

	/** The shape of every package a plan's resource set knows: a class or feature added, renamed or retyped changes it. */
	static long metamodel(EPackage.Registry registry) {
		StringBuilder shape = new StringBuilder();
		for (String namespace : new java.util.TreeSet<>(registry.keySet())) {
			EPackage ePackage = registry.getEPackage(namespace);
			shape.append(namespace).append('{');
			for (EClassifier classifier : ePackage == null ? java.util.List.<EClassifier>of() : ePackage.getEClassifiers()) {
				shape.append(classifier.getName()).append('(').append(classifier.getInstanceClassName());
				if (classifier instanceof EClass eClass) {
					eClass.getESuperTypes().forEach(superType -> shape.append('^').append(superType.getName()));
					for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
						shape.append(',').append(feature.getName()).append(':').append(feature.getEType() == null ? null : feature.getEType().getName())
								.append(feature.isMany() ? '*' : '1').append(feature.isTransient() ? 't' : 'p')
								.append(feature instanceof EReference reference && reference.isContainment() ? 'c' : 'r');
					}
				}
				shape.append(')');
			}
			shape.append('}');
		}
		byte[] bytes = shape.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
		CRC32C sum = new CRC32C();
		sum.update(bytes);
		return ((long) java.util.Arrays.hashCode(bytes) << 32) | sum.getValue();
	}

	private static MappedByteBuffer map(FileChannel channel) throws IOException {
		return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
	}

	private static int checksum(ByteBuffer bytes) {
		CRC32C sum = new CRC32C();
		sum.update(bytes.duplicate());
		return (int) sum.getValue();
	}

	/** An input stream over a mapped buffer (EMF's binary reader buffers by itself). */
	private static final class ByteBufferInput extends InputStream {
		private final ByteBuffer buffer;

		ByteBufferInput(ByteBuffer buffer) {
			this.buffer = buffer;
		}

		@Override
		public int read() {
			return buffer.hasRemaining() ? buffer.get() & 0xff : -1;
		}

		@Override
		public int read(byte[] into, int offset, int length) {
			if (!buffer.hasRemaining()) {
				return -1;
			}
			int n = Math.min(length, buffer.remaining());
			buffer.get(into, offset, n);
			return n;
		}
	}

	/** The resource kinds the cache cannot carry. */
	static boolean storable(Resource resource) {
		return resource instanceof WbsResource wbs && !wbs.hasProxies() && wbs.getWarnings().isEmpty() && wbs.getErrors().isEmpty()
				&& wbs.getEObjectToExtensionMap().isEmpty() && wbs.getResourceSet() != null && wbs.getResourceSet().getResources().size() == 1;
	}
}
