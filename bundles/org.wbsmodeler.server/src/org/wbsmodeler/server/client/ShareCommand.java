package org.wbsmodeler.server.client;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Command;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.cli.ModelInput;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.PlanCodec;

/** {@code wbs share FILE --server URL}: the model becomes a shared plan; prints its address; FILE becomes its copy. */
public final class ShareCommand implements Command {

	@Override
	public String name() {
		return "share";
	}

	@Override
	public String synopsis() {
		return "FILE --server URL [--name NAME] [--token TOKEN]";
	}

	@Override
	public String summary() {
		return "share a model on a plan server (prints the plan's address)";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("--server", "--name", Shared.TOKEN);
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		String name = arguments.required(0, "FILE: the model to share");
		String server = arguments.value("--server");
		if (server == null) {
			throw new CliException("needs --server URL, e.g. http://127.0.0.1:8080");
		}
		Path file = console.resolve(name);
		var project = ModelInput.load(console, name);
		Map<String, ElementRow> rows = new PlanCodec().rows(project.eResource());
		String token = Shared.token(arguments);
		try (PlanClient client = new PlanClient(server, token)) {
			String planName = arguments.value("--name", project.getName() == null ? file.getFileName().toString() : project.getName());
			long plan = client.share(planName, rows);
			WorkingCopy.writeBase(file, client.server(), plan, 1, rows);
			console.out().println(new Shared.PlanUrl(client.server(), plan));
			return ExitCodes.OK;
		} catch (Exception e) {
			throw Shared.failure(server, e);
		}
	}
}
