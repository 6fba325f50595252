package org.wbsmodeler.ui.diagram.print;

import java.time.LocalDate;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wbsmodeler.diagram.print.Drawing;
import org.wbsmodeler.diagram.print.PageLayout;
import org.wbsmodeler.ui.editor.WbsEditor;
import org.wbsmodeler.ui.pages.ModelPage;

/**
 * File &gt; Print… on a plan editor: the page in front (Plan, Gantt chart, WBS chart, Network, Process map) as its
 * painter draws it, fit to N pages wide with a header on every page, on the printer the system's dialog chooses
 * (GTK's includes Print to File, PDF).
 */
public final class PrintPageHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		Shell shell = HandlerUtil.getActiveShell(event);
		if (!(editor instanceof WbsEditor plan) || shell == null) {
			return null;
		}
		ModelPage page = plan.activePage();
		Drawing drawing = page == null ? null : page.drawing();
		if (drawing == null) {
			MessageDialog.openInformation(shell, "Print", "The " + (page == null ? "" : page.title() + " ")
					+ "page has nothing to print: the Plan, Gantt chart, WBS chart, Network and Process map pages print.");
			return null;
		}
		PrintSetupDialog setup = new PrintSetupDialog(shell, "the " + page.title().replace("&", "") + " of " + drawing.title());
		if (setup.open() != Window.OK) {
			return null;
		}
		PrinterData data = new PrintDialog(shell).open();
		if (data == null) {
			return null;
		}
		data.orientation = setup.landscape() ? PrinterData.LANDSCAPE : PrinterData.PORTRAIT;
		int pages = print(data, drawing, setup.pagesWide()).pageCount();
		plan.getEditorSite().getActionBars().getStatusLineManager().setMessage("Printed " + pages + (pages == 1 ? " page" : " pages"));
		return null;
	}

	/** Prints the drawing on the printer the data names; returns how it was cut into pages. */
	public static PageLayout print(PrinterData data, Drawing drawing, int pagesWide) {
		Printer printer = new Printer(data);
		try {
			return SheetPrinter.print(printer, drawing, pagesWide, LocalDate.now());
		} finally {
			printer.dispose();
		}
	}
}
