package org.wbsmodeler.server.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.wbsmodeler.model.io.AtomicFiles;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.io.ModelLoadException;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.PlanCodec;
import org.wbsmodeler.server.plan.PlanException;
import org.wbsmodeler.server.plan.PlanJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A model file that is a copy of a shared plan: the file itself, and beside it {@code FILE.shared} with the server,
 * the plan, the revision the copy is based on and the plan's rows at that revision (what {@code commit} compares the
 * file with). Both are written atomically, the base last: a crash between them leaves a base that is older than the
 * file, which the next update or commit sorts out.
 */
public final class WorkingCopy {

	private final Path file;
	private final String server;
	private final long plan;
	private final long revision;
	private final Map<String, ElementRow> base;

	public WorkingCopy(Path file, String server, long plan, long revision, Map<String, ElementRow> base) {
		this.file = file;
		this.server = server;
		this.plan = plan;
		this.revision = revision;
		this.base = base;
	}

	public static Path baseFile(Path file) {
		return file.resolveSibling(file.getFileName() + ".shared");
	}

	public static WorkingCopy open(Path file) throws IOException, PlanException {
		Path shared = baseFile(file);
		if (!Files.isRegularFile(shared)) {
			throw new PlanException(file + ": not a copy of a shared plan (no " + shared.getFileName() + "; use ./wbs checkout or ./wbs share)");
		}
		JsonNode node;
		try {
			node = PlanJson.MAPPER.readTree(shared.toFile());
		} catch (IOException e) {
			throw new PlanException(shared + ": unreadable (" + e.getMessage().lines().findFirst().orElse("") + ")");
		}
		if (node == null || !node.path("server").isTextual() || !node.path("plan").canConvertToLong() || !node.path("revision").canConvertToLong()) {
			throw new PlanException(shared + ": not a shared-plan base file");
		}
		return new WorkingCopy(file, node.get("server").asText(), node.get("plan").asLong(), node.get("revision").asLong(), PlanJson.rows(node.get("elements")));
	}

	/** The model file's rows now. */
	public Map<String, ElementRow> current() throws ModelLoadException {
		return new PlanCodec().rows(ModelFiles.loadResource(file));
	}

	/** Writes rows as the model file, then the base file. */
	public static void write(Path file, Map<String, ElementRow> rows, String server, long plan, long revision, Map<String, ElementRow> base)
			throws IOException, PlanException {
		write(file, new PlanCodec().model(rows, URI.createFileURI(file.toAbsolutePath().toString())), server, plan, revision, base);
	}

	/** Writes a model of the rows (e.g. built while they downloaded: {@link PlanClient#checkout(long, PlanClient.RowSink)}), then the base file. */
	public static void write(Path file, Resource model, String server, long plan, long revision, Map<String, ElementRow> base) throws IOException {
		ModelFiles.save(model, file);
		writeBase(file, server, plan, revision, base);
	}

	public static void writeBase(Path file, String server, long plan, long revision, Map<String, ElementRow> base) throws IOException {
		ObjectNode node = PlanJson.MAPPER.createObjectNode().put("server", server).put("plan", plan).put("revision", revision);
		node.set("elements", PlanJson.elements(base.values()));
		AtomicFiles.write(baseFile(file), out -> PlanJson.MAPPER.writeValue(new NonClosing(out), node));
	}

	public Path file() {
		return file;
	}

	public String server() {
		return server;
	}

	public long plan() {
		return plan;
	}

	public long revision() {
		return revision;
	}

	public Map<String, ElementRow> base() {
		return base;
	}

	public static Map<String, ElementRow> copy(Map<String, ElementRow> rows) {
		Map<String, ElementRow> copy = new LinkedHashMap<>();
		rows.forEach((id, row) -> copy.put(id, row.copy()));
		return copy;
	}

	/** Jackson closes what it writes to; the atomic writer closes its stream itself. */
	private static final class NonClosing extends java.io.FilterOutputStream {
		NonClosing(java.io.OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
