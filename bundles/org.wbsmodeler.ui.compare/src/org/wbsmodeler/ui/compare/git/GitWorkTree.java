package org.wbsmodeler.ui.compare.git;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file's git work tree and its committed version, through the {@code git} command line (EGit is not needed): the
 * work tree is the nearest folder up with a {@code .git}, and {@code git show HEAD:path} gives the last commit's
 * version.
 */
public final class GitWorkTree {

	private GitWorkTree() {
	}

	/** The work tree the file is in, or null. */
	public static Path root(Path file) {
		for (Path folder = file.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
			if (Files.exists(folder.resolve(".git"))) {
				return folder;
			}
		}
		return null;
	}

	/** {@code git} on the PATH, or null. */
	public static Path git() {
		String path = System.getenv("PATH");
		if (path == null) {
			return null;
		}
		for (String folder : path.split(File.pathSeparator)) {
			Path candidate = Path.of(folder, "git");
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** Whether the file's committed version can be read: in a work tree, with git on the PATH. */
	public static boolean applies(Path file) {
		return root(file) != null && git() != null;
	}

	/**
	 * The file as the last commit (HEAD) has it.
	 *
	 * @throws IOException with git's one-line reason (e.g. the file is not committed yet)
	 */
	public static byte[] headVersion(Path file) throws IOException {
		Path root = root(file);
		Path git = git();
		if (root == null || git == null) {
			throw new IOException(file.getFileName() + ": not in a git work tree, or git is not on the PATH");
		}
		String relative = root.toRealPath().relativize(file.toRealPath()).toString().replace(File.separatorChar, '/');
		Process process = new ProcessBuilder(git.toString(), "-C", root.toString(), "show", "HEAD:" + relative).start();
		process.getOutputStream().close();
		byte[] content;
		String error;
		try (InputStream out = process.getInputStream(); InputStream err = process.getErrorStream()) {
			content = out.readAllBytes();
			error = new String(err.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		try {
			if (process.waitFor() != 0) {
				throw new IOException("git show HEAD:" + relative + ": " + (error.isEmpty() ? "failed" : error.lines().findFirst().orElse(error)));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("git show HEAD:" + relative + ": interrupted", e);
		}
		return content;
	}
}
