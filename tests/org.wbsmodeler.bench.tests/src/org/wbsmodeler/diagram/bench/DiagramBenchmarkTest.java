package org.wbsmodeler.diagram.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.Test;

/** The diagram benchmark's output format and its refusal of bad arguments. */
public class DiagramBenchmarkTest {

    @Test
    public void benchmarkPrintsOneLinePerDiagram() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int rc = DiagramBenchmark.run(new String[] { "--network", "60", "--wbs", "40", "--runs", "1", "--warmup", "1" },
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertEquals(0, rc);
        String[] lines = buffer.toString(StandardCharsets.UTF_8).strip().split("\\R");
        assertEquals(2, lines.length);
        assertTrue(lines[0], lines[0].matches("diagram=network nodes=60 ms=\\d+ first_ms=\\d+"));
        assertTrue(lines[1], lines[1].matches("diagram=wbs nodes=40 ms=\\d+ first_ms=\\d+"));
    }

    @Test
    public void benchmarkRejectsBadArguments() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        assertEquals(2, DiagramBenchmark.run(new String[] { "--runs", "x" }, new PrintStream(buffer)));
        assertEquals(2, DiagramBenchmark.run(new String[] { "--warmup", "-1" }, new PrintStream(buffer)));
    }
}
