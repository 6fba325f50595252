package org.wbsmodeler.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.wbsmodeler.exchange.ExchangeException;
import org.wbsmodeler.exchange.ExchangeFormats;
import org.wbsmodeler.exchange.ImportOptions;
import org.wbsmodeler.exchange.ModelImporter;

/**
 * First page of Import WBS Model: the file to read, the format (found from the file's content when it is picked, as
 * {@code ./wbs import} does; any contributed importer can be forced), the language of an MPX file and the password
 * of a protected MPP file.
 */
final class ImportSourcePage extends WizardPage {

	/** MPX languages MPXJ reads, as {@code ./wbs import --locale} takes them. */
	private static final List<String> LANGUAGES = List.of("de", "en", "es", "fr", "it", "pt", "ru", "sv", "zh");

	private final List<ModelImporter> importers = ExchangeFormats.importers();
	private Text source;
	private Combo format;
	private Combo locale;
	private Text password;
	private Runnable sourceChanged = () -> { };

	ImportSourcePage() {
		super("source");
		setTitle("Import a plan");
		setDescription("Read a plan from MS Project, Primavera, Planner, GanttProject or another tool into a new model.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		new Label(page, SWT.NONE).setText("&From file:");
		source = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(source);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("B&rowse...");
		browse.addListener(SWT.Selection, e -> browse());

		new Label(page, SWT.NONE).setText("F&ormat:");
		format = new Combo(page, SWT.READ_ONLY);
		format.add("Found from the file's content");
		for (ModelImporter importer : importers) {
			format.add(importer.label());
		}
		format.select(0);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(format);

		new Label(page, SWT.NONE).setText("MPX &language:");
		locale = new Combo(page, SWT.READ_ONLY);
		locale.add("Found from the file");
		LANGUAGES.forEach(language -> locale.add(language + " (" + Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH) + ")"));
		locale.select(0);
		locale.setToolTipText("MS Project writes MPX files in its own language (a German one writes 3t for three days)");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(locale);

		new Label(page, SWT.NONE).setText("&Password:");
		password = new Text(page, SWT.BORDER | SWT.PASSWORD);
		password.setToolTipText("The read password of a protected MPP file of MS Project 2000-2003");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(password);

		source.addListener(SWT.Modify, e -> changed());
		format.addListener(SWT.Selection, e -> validate());
		setControl(page);
		changed();
	}

	/** Told when the source file changes (the target page names the model after it). */
	void onSourceChanged(Runnable listener) {
		sourceChanged = listener;
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("Import a plan from another tool");
		dialog.setFilterNames(new String[] { "Plans (*.xml, *.mpp, *.mpx, *.mpd, *.xer, *.pmxml, *.planner, *.gan)", "All files" });
		dialog.setFilterExtensions(new String[] { "*.xml;*.mpp;*.mpx;*.mpd;*.xer;*.pmxml;*.planner;*.gan", "*" });
		String chosen = dialog.open();
		if (chosen != null) {
			source.setText(chosen);
		}
	}

	private void changed() {
		Path file = sourceFile();
		String extension = file == null ? "" : extension(file);
		// only an MPX file has a language, only an MPP file a password
		locale.setEnabled(extension.equals("mpx"));
		password.setEnabled(extension.equals("mpp"));
		validate();
		sourceChanged.run();
	}

	private void validate() {
		String error = null;
		String info = null;
		Path file = sourceFile();
		if (file == null) {
			error = source.getText().isBlank() ? null : "Not a file path: " + source.getText();
		} else if (!Files.isRegularFile(file)) {
			error = file + ": no such file";
		} else if (format.getSelectionIndex() == 0) {
			try {
				info = "Format: " + ExchangeFormats.importerFor(file).label();
			} catch (ExchangeException e) {
				error = WorkspaceModels.oneLine(e);
			}
		}
		setErrorMessage(error);
		setMessage(info);
		setPageComplete(error == null && file != null);
	}

	/** The file typed or chosen; null when none (or not a path). */
	Path sourceFile() {
		String text = source.getText().trim();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Path.of(text).toAbsolutePath();
		} catch (RuntimeException e) {
			return null;
		}
	}

	/** The importer the user forced, or the one that claims the file. */
	ModelImporter importer() throws ExchangeException {
		int index = format.getSelectionIndex();
		return index <= 0 ? ExchangeFormats.importerFor(sourceFile()) : importers.get(index - 1);
	}

	ImportOptions options() {
		int language = locale.isEnabled() ? locale.getSelectionIndex() : 0;
		String secret = password.isEnabled() && !password.getText().isEmpty() ? password.getText() : null;
		return new ImportOptions(language <= 0 ? null : Locale.forLanguageTag(LANGUAGES.get(language - 1)), secret);
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
