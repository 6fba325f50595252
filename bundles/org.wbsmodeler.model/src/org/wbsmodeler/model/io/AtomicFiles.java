package org.wbsmodeler.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a crash, a full disk or an exception in the middle of writing leaves the previous content
 * intact: the bytes go to a temporary file beside the target, are forced to disk, and only then replace the target
 * by an atomic rename.
 */
public final class AtomicFiles {

	/** Writes the content of a file through an output stream. */
	@FunctionalInterface
	public interface ContentWriter {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final int BUFFER = 1 << 16;

	private AtomicFiles() {
	}

	/** A temporary file is private (rw-------); the saved file keeps the old file's permissions, or gets rw-r--r--. */
	private static void keepPermissions(Path target, Path temp) throws IOException {
		if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
			return;
		}
		Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
				: PosixFilePermissions.fromString("rw-r--r--");
		Files.setPosixFilePermissions(temp, permissions);
	}

	public static void write(Path target, ContentWriter content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path dir = absolute.getParent();
		Files.createDirectories(dir);
		Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
		boolean moved = false;
		try {
			keepPermissions(absolute, temp);
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
					// buffered here for every writer: the channel's own stream makes one system call per write, and MPXJ's
					// XML writer flushes every kilobyte (half a million calls for a 100,000-task MSPDI file)
					OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), BUFFER)) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			try {
				Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
			moved = true;
		} finally {
			if (!moved) {
				Files.deleteIfExists(temp);
			}
		}
	}
}
