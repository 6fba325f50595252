package org.wbsmodeler.server.client;

import java.nio.file.Path;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Command;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.server.plan.ModelBuilder;
import org.wbsmodeler.server.plan.PlanCodec;

/** {@code wbs checkout URL -o FILE}: a copy of a shared plan at its newest revision. */
public final class CheckoutCommand implements Command {

	@Override
	public String name() {
		return "checkout";
	}

	@Override
	public String synopsis() {
		return "URL -o FILE [--token TOKEN]";
	}

	@Override
	public String summary() {
		return "a copy of a shared plan as a model file";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("-o", Shared.TOKEN);
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		Shared.PlanUrl url = Shared.PlanUrl.parse(arguments.required(0, "URL: the plan's address"));
		String output = arguments.value("-o");
		if (output == null) {
			throw new CliException("needs -o FILE");
		}
		Path file = console.resolve(output);
		String token = Shared.token(arguments);
		try (PlanClient client = new PlanClient(url.server(), token)) {
			ModelBuilder model = new PlanCodec().builder(URI.createFileURI(file.toAbsolutePath().toString()));
			PlanClient.Checkout checkout = client.checkout(url.plan(), model::add);
			WorkingCopy.write(file, model.finish(), url.server(), url.plan(), checkout.revision(), checkout.rows());
			console.out().println(output + ": " + checkout.name() + ", revision " + checkout.revision() + ", " + checkout.rows().size() + " elements");
			return ExitCodes.OK;
		} catch (Exception e) {
			throw Shared.failure(url.toString(), e);
		}
	}
}
