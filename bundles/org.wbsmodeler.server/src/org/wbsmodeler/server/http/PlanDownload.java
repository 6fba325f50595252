package org.wbsmodeler.server.http;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.sql.SQLException;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.wbsmodeler.server.plan.PlanJson;
import org.wbsmodeler.server.store.PlanStore;
import org.wbsmodeler.server.store.SnapshotSink;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code GET /api/plans/ID}: the plan's revision and elements, written as the database hands out the rows (each
 * row's attributes as PostgreSQL prints them, not parsed again), so a 100,000-element plan is never a tree of JSON
 * in the server's memory and the client reads the first rows while the last are still being fetched.
 */
final class PlanDownload implements SnapshotSink {

	/** Jetty writes what it is given at once: 64 KB per write instead of the generator's 8 KB. */
	private static final int BUFFER = 1 << 16;

	private final Response response;
	private JsonGenerator json;

	private PlanDownload(Response response) {
		this.response = response;
	}

	static void send(PlanStore store, long planId, Response response, Callback callback) throws HttpError, SQLException, IOException {
		PlanDownload download = new PlanDownload(response);
		if (!store.stream(planId, download)) {
			throw new HttpError(404, "no such plan " + planId);
		}
		download.json.writeEndArray();
		download.json.writeEndObject();
		download.json.close();
		callback.succeeded();
	}

	@Override
	public void plan(PlanStore.PlanInfo info) throws IOException {
		response.setStatus(200);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
		json = PlanJson.MAPPER.getFactory().createGenerator(new BufferedOutputStream(Content.Sink.asOutputStream(response), BUFFER));
		json.writeStartObject();
		json.writeNumberField("id", info.id());
		json.writeStringField("name", info.name());
		json.writeNumberField("revision", info.revision());
		json.writeArrayFieldStart("elements");
	}

	@Override
	public void row(String id, String kind, String parent, String feature, double ord, String attrs) throws IOException {
		json.writeStartObject();
		json.writeStringField("id", id);
		json.writeStringField("kind", kind);
		if (parent != null) {
			json.writeStringField("parent", parent);
			json.writeStringField("feature", feature);
			json.writeNumberField("ord", ord);
		}
		json.writeFieldName("attrs");
		json.writeRawValue(attrs);
		json.writeEndObject();
	}
}
