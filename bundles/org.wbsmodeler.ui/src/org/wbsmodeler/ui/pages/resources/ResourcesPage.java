package org.wbsmodeler.ui.pages.resources;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.CalendarException;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.model.WorkingPeriod;
import org.wbsmodeler.model.util.ModelBuilder;
import org.wbsmodeler.ui.pages.ModelPage;
import org.wbsmodeler.ui.session.PlanSession;
import org.wbsmodeler.ui.pages.cells.ColumnViewers;
import org.wbsmodeler.ui.pages.cells.FeatureColumn;
import org.wbsmodeler.ui.edit.DateFormats;
import org.wbsmodeler.ui.pages.cells.PageSupport;
import org.wbsmodeler.ui.pages.cells.Section;
import org.wbsmodeler.ui.pages.cells.ValueTexts;

/**
 * Resources and calendars: the team with roles, rates, max units and calendars on top; below, the calendars, and
 * for the selected one its working periods and exceptions (holidays, extra working days).
 */
public final class ResourcesPage implements ModelPage {

	private final PageSupport page;
	private TableViewer resources;
	private TableViewer calendars;
	private TableViewer periods;
	private TableViewer exceptions;

	public ResourcesPage(PlanSession context) {
		this.page = new PageSupport(context);
	}

	@Override
	public String title() {
		return "Resources & calendars";
	}

	@Override
	public Control createControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		resources = createResources(sash);
		SashForm bottom = new SashForm(sash, SWT.HORIZONTAL);
		calendars = createCalendars(bottom);
		periods = createPeriods(bottom);
		exceptions = createExceptions(bottom);
		bottom.setWeights(40, 18, 42);
		sash.setWeights(50, 50);
		calendars.addSelectionChangedListener(event -> {
			periods.refresh();
			exceptions.refresh();
		});
		Calendar first = project().getDefaultCalendar() != null ? project().getDefaultCalendar()
				: project().getCalendars().isEmpty() ? null : project().getCalendars().get(0);
		if (first != null) {
			calendars.setSelection(new org.eclipse.jface.viewers.StructuredSelection(first));
		}
		page.start(parent.getDisplay());
		return sash;
	}

	private TableViewer createResources(Composite parent) {
		Section section = new Section(parent, "Resources");
		return page.table(section, "Add resource", () -> {
			Resource resource = WbsFactory.eINSTANCE.createResource();
			resource.setName("New resource");
			add("Add resource", project(), Literals.PROJECT__RESOURCES, resource);
		}, Resource.class, this::remove, List.of(
				FeatureColumn.of("Name", 230, Literals.RESOURCE__NAME),
				FeatureColumn.of("Type", 90, Literals.RESOURCE__TYPE),
				FeatureColumn.of("Role", 180, Literals.RESOURCE__ROLE).candidates(row -> project().getRoles()),
				FeatureColumn.of("Standard rate", 125, Literals.RESOURCE__STANDARD_RATE).text(ValueTexts.MONEY),
				FeatureColumn.of("Max units", 90, Literals.RESOURCE__MAX_UNITS).text(ValueTexts.PERCENT_OF_ONE),
				FeatureColumn.of("Calendar", 200, Literals.RESOURCE__CALENDAR).candidates(row -> project().getCalendars())),
				() -> project().getResources());
	}

	private TableViewer createCalendars(Composite parent) {
		Section section = new Section(parent, "Calendars");
		TableViewer viewer = page.register(ColumnViewers.table(section.body()));
		section.button("Add", () -> {
			Calendar calendar = new ModelBuilder().calendar(WbsFactory.eINSTANCE.createProject(), "New calendar");
			add("Add calendar", project(), Literals.PROJECT__CALENDARS, calendar);
		});
		section.button("Remove", () -> remove(PageSupport.selected(viewer, Calendar.class)));
		section.button("Make default", () -> {
			List<Calendar> selected = PageSupport.selected(viewer, Calendar.class);
			if (selected.size() == 1) {
				page.edits().run(page.edits().set(project(), Literals.PROJECT__DEFAULT_CALENDAR, selected.get(0)));
			} else {
				page.status("Select the calendar that should be the project's default");
			}
		});
		ColumnViewers.columns(viewer, List.of(
				FeatureColumn.of("Calendar", 150, Literals.CALENDAR__NAME),
				FeatureColumn.of("Working days", 110, Literals.CALENDAR__WORKING_DAYS).text(WeekdaysText.INSTANCE),
				FeatureColumn.of("Hours/day", 85, Literals.CALENDAR__HOURS_PER_DAY).readOnly(),
				FeatureColumn.computed("Default", 60, row -> row == project().getDefaultCalendar() ? "yes" : "")), page.edits(),
				page.context().status());
		return page.list(viewer, () -> project().getCalendars());
	}

	private TableViewer createPeriods(Composite parent) {
		Section section = new Section(parent, "Working times");
		TableViewer viewer = page.register(ColumnViewers.table(section.body()));
		section.button("Add", () -> selectedCalendar("add working times to").ifPresent(calendar -> {
			WorkingPeriod period = new ModelBuilder().period(8 * 60, 12 * 60);
			add("Add working time to " + calendar.getName(), calendar, Literals.CALENDAR__PERIODS, period);
		}));
		section.button("Remove", () -> remove(PageSupport.selected(viewer, WorkingPeriod.class)));
		ColumnViewers.columns(viewer, List.of(
				FeatureColumn.of("From", 70, Literals.WORKING_PERIOD__START_MINUTE).text(ValueTexts.TIME_OF_DAY),
				FeatureColumn.of("To", 70, Literals.WORKING_PERIOD__END_MINUTE).text(ValueTexts.TIME_OF_DAY)), page.edits(), page.context().status());
		return page.list(viewer, () -> selectedCalendar(null).map(c -> (List<?>) c.getPeriods()).orElse(List.of()));
	}

	private TableViewer createExceptions(Composite parent) {
		Section section = new Section(parent, "Exceptions");
		TableViewer viewer = page.register(ColumnViewers.table(section.body()));
		section.button("Add", () -> selectedCalendar("add an exception to").ifPresent(calendar -> {
			CalendarException exception = WbsFactory.eINSTANCE.createCalendarException();
			exception.setName("New exception");
			exception.eSet(Literals.CALENDAR_EXCEPTION__FROM, DateFormats.today());
			exception.eSet(Literals.CALENDAR_EXCEPTION__TO, DateFormats.today());
			add("Add exception to " + calendar.getName(), calendar, Literals.CALENDAR__EXCEPTIONS, exception);
		}));
		section.button("Remove", () -> remove(PageSupport.selected(viewer, CalendarException.class)));
		ColumnViewers.columns(viewer, List.of(
				FeatureColumn.of("Name", 150, Literals.CALENDAR_EXCEPTION__NAME),
				FeatureColumn.of("From", 95, Literals.CALENDAR_EXCEPTION__FROM),
				FeatureColumn.of("To", 95, Literals.CALENDAR_EXCEPTION__TO),
				FeatureColumn.of("Working", 65, Literals.CALENDAR_EXCEPTION__WORKING)), page.edits(), page.context().status());
		return page.list(viewer, () -> selectedCalendar(null).map(c -> (List<?>) c.getExceptions()).orElse(List.of()));
	}

	/** The calendar selected below; when asked for an action, says on the status line that one is needed. */
	private java.util.Optional<Calendar> selectedCalendar(String forWhat) {
		List<Calendar> selected = calendars == null ? List.of() : PageSupport.selected(calendars, Calendar.class);
		if (selected.size() != 1 && forWhat != null) {
			page.status("Select the calendar to " + forWhat + " first");
		}
		return selected.size() == 1 ? java.util.Optional.of(selected.get(0)) : java.util.Optional.empty();
	}

	private void add(String label, EObject owner, EReference feature, EObject object) {
		if (page.edits().run(page.edits().add(label, owner, feature, object))) {
			page.refresh();
			page.reveal(List.of(object));
		}
	}

	private void remove(List<? extends EObject> objects) {
		if (objects.isEmpty()) {
			page.status("Select what to remove first");
			return;
		}
		page.edits().run(page.edits().delete(objects));
	}

	private Project project() {
		return page.context().project();
	}

	@Override
	public ISelectionProvider selectionProvider() {
		return page.selection();
	}

	@Override
	public boolean shows(Object modelObject) {
		return modelObject instanceof org.wbsmodeler.model.Resource || modelObject instanceof org.wbsmodeler.model.Calendar
				|| modelObject instanceof org.eclipse.emf.ecore.EObject object && object.eContainer() instanceof org.wbsmodeler.model.Calendar;
	}

	@Override
	public void reveal(List<?> modelObjects) {
		page.reveal(modelObjects);
	}

	/** For tests: resources, calendars, working times, exceptions. */
	public List<TableViewer> viewers() {
		return List.of(resources, calendars, periods, exceptions);
	}

	@Override
	public void dispose() {
		page.dispose();
	}
}
