package org.wbsmodeler.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.junit.Test;
import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.bench.SyntheticDiagrams;
import org.wbsmodeler.diagram.layout.ElkSetup;
import org.wbsmodeler.diagram.model.Diagram;

/** ELK's algorithms are registered by us, once, in OSGi and on a flat class path alike. */
public class ElkSetupTest {

    @Test
    public void registrationIsIdempotent() {
        LayoutMetaDataService first = ElkSetup.ensureRegistered();
        LayoutMetaDataService second = ElkSetup.ensureRegistered();
        assertEquals(first, second);
        assertNotNull(first.getAlgorithmData("org.eclipse.elk.layered"));
        assertNotNull(first.getAlgorithmData("org.eclipse.elk.mrtree"));
    }

    @Test
    public void reRegistersAfterElkDroppedItsRegistry() {
        LayoutMetaDataService.unload();
        Diagram d = new DiagramExporter().prepare(SyntheticDiagrams.network(10, 1));
        assertEquals(10, d.getNodeCount());
        assertNotNull(LayoutMetaDataService.getInstance().getAlgorithmData("org.eclipse.elk.layered"));
    }

    @Test
    public void concurrentLayoutsDoNotInterfere() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> svgs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                svgs.add(pool.submit(() -> {
                    DiagramExporter exporter = new DiagramExporter();
                    return exporter.toSvg(exporter.prepare(SyntheticDiagrams.network(40, 7)));
                }));
            }
            String expected = svgs.get(0).get();
            for (Future<String> f : svgs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
