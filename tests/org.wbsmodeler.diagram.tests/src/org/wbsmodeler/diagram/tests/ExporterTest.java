package org.wbsmodeler.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.DiagramExporter.Format;
import org.wbsmodeler.diagram.bench.DiagramBenchmark;
import org.wbsmodeler.diagram.bench.SyntheticDiagrams;

/** The one-call export the CLI uses, and the benchmark's output format. */
public class ExporterTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void exportPicksTheFormatFromTheFileName() throws Exception {
        DiagramExporter exporter = new DiagramExporter().setPngScale(1);
        Path svg = tmp.getRoot().toPath().resolve("wbs.SVG");
        Path png = tmp.getRoot().toPath().resolve("wbs.png");
        exporter.export(SyntheticDiagrams.wbsTree(20, 3, 1), svg);
        exporter.export(SyntheticDiagrams.wbsTree(20, 3, 1), png);
        assertTrue(Files.readString(svg, StandardCharsets.UTF_8).startsWith("<?xml"));
        byte[] bytes = Files.readAllBytes(png);
        assertEquals('P', bytes[1]);
        assertEquals('N', bytes[2]);
    }

    @Test
    public void unknownExtensionsAreRejectedWithAHelpfulMessage() {
        try {
            Format.fromFileName("diagram.eps");
            fail("eps accepted");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains(".svg, .png or .pdf"));
        }
    }

    @Test
    public void benchmarkPrintsOneLinePerDiagram() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int rc = DiagramBenchmark.run(new String[] { "--network", "60", "--wbs", "40", "--runs", "1" },
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertEquals(0, rc);
        String[] lines = buffer.toString(StandardCharsets.UTF_8).strip().split("\\R");
        assertEquals(2, lines.length);
        assertTrue(lines[0], lines[0].matches("diagram=network nodes=60 ms=\\d+"));
        assertTrue(lines[1], lines[1].matches("diagram=wbs nodes=40 ms=\\d+"));
    }

    @Test
    public void benchmarkRejectsBadArguments() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        assertEquals(2, DiagramBenchmark.run(new String[] { "--runs", "x" }, new PrintStream(buffer)));
    }
}
