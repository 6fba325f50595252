package org.wbsmodeler.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.wbsmodeler.cli.internal.CommandRegistry;

/** The Equinox application {@code org.wbsmodeler.cli.app} that the product runs for {@code ./wbs}. */
public class WbsApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		return new CommandLine(CommandRegistry.commands()).run(args, Console.system());
	}

	@Override
	public void stop() {
		// commands are short-lived and run to completion on the main thread
	}
}
