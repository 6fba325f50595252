package org.wbsmodeler.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.DiagramExporter.Format;
import org.wbsmodeler.diagram.bench.SyntheticDiagrams;

/** The one-call export the CLI uses. */
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
}
