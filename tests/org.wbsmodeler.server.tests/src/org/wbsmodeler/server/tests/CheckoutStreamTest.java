package org.wbsmodeler.server.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.wbsmodeler.server.client.PlanClient;
import org.wbsmodeler.server.http.PlanServer;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.ModelBuilder;
import org.wbsmodeler.server.plan.PlanCodec;

/** The checkout streamed from the database to the client and into a model while it downloads: the shared plan, exactly. */
public class CheckoutStreamTest {

	private static PlanServer server;
	private static PlanClient owner;
	private static Map<String, ElementRow> shared;
	private static long plan;

	@BeforeClass
	public static void start() throws Exception {
		server = TestDatabase.newServer();
		owner = new PlanClient(server.url(), TestDatabase.newUser("streamer"));
		shared = Plans.exampleRows();
		plan = owner.share("CRM", shared);
	}

	@AfterClass
	public static void stop() throws Exception {
		owner.close();
		server.close();
	}

	@Test
	public void theRowsAndTheModelBuiltWhileDownloadingAreTheSharedPlan() throws Exception {
		ModelBuilder builder = new PlanCodec().builder(URI.createURI("streamed.wbs"));
		List<String> seen = new ArrayList<>();
		PlanClient.Checkout checkout = owner.checkout(plan, row -> {
			seen.add(row.id());
			builder.add(row);
		});
		assertEquals("CRM", checkout.name());
		assertEquals(1, checkout.revision());
		assertEquals(shared.size(), checkout.rows().size());
		assertEquals(new ArrayList<>(checkout.rows().keySet()), seen);
		shared.values().forEach(row -> assertTrue(row.id(), row.equalsRow(checkout.rows().get(row.id()))));
		Resource streamed = builder.finish();
		Resource example = Plans.example();
		assertTrue(EcoreUtil.equals(example.getContents(), streamed.getContents()));
		assertEquals(shared.keySet(), new PlanCodec().rows(streamed).keySet());
		example.getAllContents().forEachRemaining(object -> assertEquals(PlanCodec.idOf(object), PlanCodec.idOf(streamed.getEObject(PlanCodec.idOf(object)))));
	}

	@Test
	public void aPlanThatIsNotThereIsA404ThroughTheStreamingClientToo() throws Exception {
		try {
			owner.checkout(999_999_999L, row -> fail("no row expected"));
			fail("checked out a plan that does not exist");
		} catch (PlanClient.ServerError e) {
			assertEquals(404, e.status());
			assertTrue(e.getMessage(), e.getMessage().contains("no such plan"));
		}
	}
}
