package org.wbsmodeler.server.db;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of the server's own, in {@code DIR/pgdata}, listening on 127.0.0.1 only. PostgreSQL refuses
 * to run as root, so when we are root (CI, these machines) initdb and pg_ctl run as the {@code postgres} user through
 * {@code runuser} and the cluster folder is that user's; otherwise they run as we do. The database user's password is
 * generated at initdb and kept in {@code DIR/cluster.properties} (readable by us only): host connections need it.
 */
public final class LocalCluster {

	public static final String DATABASE = "wbs";
	public static final String USER = "wbs";

	private final Path dir;
	private final Path pgdata;
	private final Path bin;
	private int port;
	private String password;

	public LocalCluster(Path dir) {
		this.dir = dir.toAbsolutePath().normalize();
		this.pgdata = this.dir.resolve("pgdata");
		this.bin = binaries();
	}

	/** Creates the cluster on first use, starts it (if not running) and returns its JDBC address. */
	public synchronized String start() throws IOException {
		Files.createDirectories(dir);
		Path settings = dir.resolve("cluster.properties");
		if (!Files.isRegularFile(pgdata.resolve("PG_VERSION"))) {
			create(settings);
		}
		Properties properties = new Properties();
		try (var in = Files.newInputStream(settings)) {
			properties.load(in);
		}
		port = Integer.parseInt(properties.getProperty("port"));
		password = properties.getProperty("password");
		if (!running()) {
			// a port taken since the last run (another cluster, another program) is not ours to fight for
			if (!free(port)) {
				port = freePort();
				properties.setProperty("port", Integer.toString(port));
				writeSettings(settings, properties);
			}
			run(pgCtl("start", "-w", "-t", "60", "-l", pgdata.resolve("server.log").toString(), "-o",
					"-p " + port + " -k " + pgdata + " -c listen_addresses=127.0.0.1"));
		}
		return jdbcUrl();
	}

	/** Stops the cluster (fast shutdown: open transactions roll back, committed ones are on disk). */
	public synchronized void stop() throws IOException {
		if (Files.isRegularFile(pgdata.resolve("postmaster.pid"))) {
			run(pgCtl("stop", "-w", "-m", "fast"));
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
	}

	public String user() {
		return USER;
	}

	public String password() {
		return password;
	}

	public int port() {
		return port;
	}

	public Path pgdata() {
		return pgdata;
	}

	private boolean running() throws IOException {
		return Files.isRegularFile(pgdata.resolve("postmaster.pid")) && exitCode(pgCtl("status")) == 0;
	}

	private void create(Path settings) throws IOException {
		byte[] secret = new byte[24];
		new SecureRandom().nextBytes(secret);
		String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Files.createDirectories(pgdata);
		Path pwfile = dir.resolve("initdb.pw");
		Files.writeString(pwfile, generated + "\n", StandardCharsets.UTF_8);
		try {
			if (asRoot()) {
				// postgres must pass through our folder (not list it) to its own, and read the password file once
				Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
				run(List.of("chown", "-R", "postgres:postgres", pgdata.toString(), pwfile.toString()));
			}
			Files.setPosixFilePermissions(pgdata, PosixFilePermissions.fromString("rwx------"));
			run(command(bin.resolve("initdb").toString(), "-D", pgdata.toString(), "-U", USER, "-E", "UTF8", "--locale=C",
					"--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "--pwfile=" + pwfile));
		} finally {
			Files.deleteIfExists(pwfile);
		}
		int chosen = freePort();
		// the cluster user owns a database of the same name; ours is created once, here
		run(pgCtl("start", "-w", "-t", "60", "-l", pgdata.resolve("server.log").toString(), "-o",
				"-p " + chosen + " -k " + pgdata + " -c listen_addresses=127.0.0.1"));
		try {
			List<String> createdb = command(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", Integer.toString(chosen),
					"-U", USER, DATABASE);
			runWithPassword(createdb, generated);
		} finally {
			run(pgCtl("stop", "-w", "-m", "fast"));
		}
		Properties properties = new Properties();
		properties.setProperty("port", Integer.toString(chosen));
		properties.setProperty("password", generated);
		writeSettings(settings, properties);
	}

	private static void writeSettings(Path settings, Properties properties) throws IOException {
		Path temporary = settings.resolveSibling(settings.getFileName() + ".tmp");
		Files.deleteIfExists(temporary);
		Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try (var out = Files.newOutputStream(temporary)) {
			properties.store(out, "the server's own PostgreSQL cluster (pgdata)");
		}
		Files.move(temporary, settings, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	private List<String> pgCtl(String... arguments) {
		List<String> words = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", pgdata.toString()));
		words.addAll(List.of(arguments));
		return command(words.toArray(String[]::new));
	}

	private static List<String> command(String... words) {
		List<String> command = new ArrayList<>();
		if (asRoot()) {
			command.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		command.addAll(List.of(words));
		return command;
	}

	private static boolean asRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private void run(List<String> command) throws IOException {
		runWithPassword(command, null);
	}

	private void runWithPassword(List<String> command, String pgPassword) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile());
		if (pgPassword != null) {
			builder.environment().put("PGPASSWORD", pgPassword);
		}
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		int code = waitFor(process);
		if (code != 0) {
			String last = output.isEmpty() ? "" : output.lines().reduce((a, b) -> b).orElse("");
			throw new IOException("PostgreSQL in " + pgdata + ": " + command.get(asRoot() ? 4 : 0).replaceAll(".*/", "") + " failed (exit " + code + ")"
					+ (last.isEmpty() ? "" : ": " + last));
		}
	}

	private int exitCode(List<String> command) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.directory(dir.toFile()).start();
		return waitFor(process);
	}

	private static int waitFor(Process process) throws IOException {
		try {
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("PostgreSQL command did not finish in 120 s: " + process.info().commandLine().orElse("?"));
			}
			return process.exitValue();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for PostgreSQL", e);
		}
	}

	/** Debian's layout (postgresql-15 and later); {@code WBS_PG_BIN} names another folder with initdb and pg_ctl. */
	private static Path binaries() {
		String configured = System.getenv("WBS_PG_BIN");
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		for (int version = 18; version >= 13; version--) {
			Path candidate = Path.of("/usr/lib/postgresql/" + version + "/bin");
			if (Files.isExecutable(candidate.resolve("pg_ctl"))) {
				return candidate;
			}
		}
		return Path.of("/usr/lib/postgresql/15/bin");
	}

	private static boolean free(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
