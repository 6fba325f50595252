package org.wbsmodeler.ui.wizards;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.wbsmodeler.templates.ModelTemplate;
import org.wbsmodeler.templates.TemplateOptions;
import org.wbsmodeler.templates.Templates;

/**
 * First page of New WBS Model: the template (every one of {@link Templates#all()}, contributed ones included), the
 * project's name and its start date, as {@code ./wbs new --template --name --start} takes them.
 */
final class TemplatePage extends WizardPage {

	private final List<ModelTemplate> templates = Templates.all();
	private Table table;
	private Text name;
	private Text start;

	TemplatePage() {
		super("template");
		setTitle("New WBS Model");
		setDescription("Choose a template and name the project.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);

		Label label = new Label(page, SWT.NONE);
		label.setText("&Template:");
		GridDataFactory.swtDefaults().span(2, 1).applyTo(label);
		table = new Table(page, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		TableColumn templateColumn = new TableColumn(table, SWT.NONE);
		templateColumn.setText("Template");
		TableColumn descriptionColumn = new TableColumn(table, SWT.NONE);
		descriptionColumn.setText("Description");
		for (ModelTemplate template : templates) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { template.label(), template.description() });
			item.setData(template);
		}
		templateColumn.pack();
		descriptionColumn.pack();
		table.select(0);
		table.addListener(SWT.Selection, e -> validate());
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(500, 120).applyTo(table);

		new Label(page, SWT.NONE).setText("Project &name:");
		name = new Text(page, SWT.BORDER);
		name.setMessage("the template's own name");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);

		new Label(page, SWT.NONE).setText("&Start date:");
		start = new Text(page, SWT.BORDER);
		start.setText(TemplateOptions.defaults().start().toString());
		start.setToolTipText("The first working day of the project, as YYYY-MM-DD");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(start);

		name.addListener(SWT.Modify, e -> validate());
		start.addListener(SWT.Modify, e -> validate());
		setControl(page);
		validate();
	}

	private void validate() {
		String error = null;
		if (table.getSelectionIndex() < 0) {
			error = "Choose a template.";
		} else if (startDate() == null) {
			error = "The start date needs to be a date like 2027-02-01, not '" + start.getText().trim() + "'.";
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	ModelTemplate template() {
		int index = table.getSelectionIndex();
		return index < 0 ? null : templates.get(index);
	}

	/** The start date typed, or null when it does not read. */
	LocalDate startDate() {
		try {
			return LocalDate.parse(start.getText().trim());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	TemplateOptions options() {
		String typed = name.getText().trim();
		return new TemplateOptions(typed.isEmpty() ? null : typed, startDate());
	}

	/** A file name for the model: the project name in lower case with dashes, else the template's id. */
	String suggestedFileName() {
		String typed = name.getText().trim().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		ModelTemplate template = template();
		return (typed.isEmpty() ? template == null ? "model" : template.id() : typed) + ".wbs";
	}
}
