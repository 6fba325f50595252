package org.wbsmodeler.example.risk;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mpxj.CustomField;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TaskField;
import org.mpxj.mspdi.MSPDIReader;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;

/** The risk register through MS Project's XML: out in custom fields with aliases, back in as the same risks. */
public class RiskExchangeTest {

	@Rule
	public TemporaryFolder temp = new TemporaryFolder();

	@Test
	public void mspdiCarriesTheRiskFieldsWithTheirAliases() throws Exception {
		Path dir = temp.getRoot().toPath();
		Wbs export = Wbs.run(dir, "export", Wbs.example("pschse-crm-risks.wbs").toString(), "--format", "mspdi", "-o", "plan.xml");
		assertEquals(export.toString(), 0, export.exitCode);

		ProjectFile file = new MSPDIReader().read(dir.resolve("plan.xml").toFile());
		Map<String, Object> aliases = new TreeMap<>();
		for (CustomField field : file.getCustomFields()) {
			if (field.getAlias() != null && field.getAlias().startsWith("Risk")) {
				aliases.put(field.getAlias(), field.getFieldType());
			}
		}
		assertEquals(new TreeMap<>(Map.of("Risk", TaskField.TEXT21, "Risk Owner", TaskField.TEXT22, "Risk Mitigation", TaskField.TEXT23,
				"Risk Probability", TaskField.NUMBER16, "Risk Impact", TaskField.NUMBER17, "Risk Exposure", TaskField.NUMBER18)), aliases);
		Task data = file.getTasks().stream().filter(t -> "Data migration scripts".equals(t.getName())).findFirst().orElseThrow();
		assertEquals("Legacy customer data dirtier than profiled", data.get(TaskField.TEXT21));
		assertEquals("Data specialist", data.get(TaskField.TEXT22));
		Task mitigation = file.getTasks().stream().filter(t -> "Run trial migration".equals(t.getName())).findFirst().orElseThrow();
		assertEquals(mitigation.getWBS(), data.get(TaskField.TEXT23));
		assertEquals(0.6, ((Number) data.get(TaskField.NUMBER16)).doubleValue(), 1e-9);
		assertEquals(4, ((Number) data.get(TaskField.NUMBER17)).doubleValue(), 1e-9);
		assertEquals(2.4, ((Number) data.get(TaskField.NUMBER18)).doubleValue(), 1e-9);
		Task plain = file.getTasks().stream().filter(t -> "Draft charter".equals(t.getName())).findFirst().orElseThrow();
		assertNull(plain.get(TaskField.TEXT21));
	}

	@Test
	public void exportAndImportGiveBackTheSameRisks() throws Exception {
		Path dir = temp.getRoot().toPath();
		Wbs export = Wbs.run(dir, "export", Wbs.example("pschse-crm-risks.wbs").toString(), "--format", "mspdi", "-o", "plan.xml");
		assertEquals(export.toString(), 0, export.exitCode);
		Wbs imported = Wbs.run(dir, "import", "plan.xml", "-o", "back.wbs");
		assertEquals(imported.toString(), 0, imported.exitCode);

		Project original = ModelFiles.load(Wbs.example("pschse-crm-risks.wbs"));
		Project back = ModelFiles.load(dir.resolve("back.wbs"));
		assertEquals(describe(RiskExampleTest.risks(original)), describe(RiskExampleTest.risks(back)));
		assertThat(Files.readString(dir.resolve("back.wbs")), containsString("xsi:type=\"risk:Risk\""));
		Wbs validate = Wbs.run(dir, "validate", "back.wbs");
		assertEquals(validate.toString(), 0, validate.exitCode);
	}

	/** Every risk with its element, fields and mitigation by name, sorted: what must survive the trip. */
	private static String describe(List<Risk> risks) {
		StringBuilder text = new StringBuilder();
		risks.stream().map(r -> r.getElement().getName() + " | " + r.getTitle() + " | " + r.getProbability() + " | " + r.getImpact() + " | "
				+ r.getOwner() + " | " + (r.getMitigation() == null ? "-" : r.getMitigation().getName()) + " | " + r.getExposure()).sorted()
				.forEach(line -> text.append(line).append('\n'));
		assertNotNull(text);
		return text.toString();
	}
}
