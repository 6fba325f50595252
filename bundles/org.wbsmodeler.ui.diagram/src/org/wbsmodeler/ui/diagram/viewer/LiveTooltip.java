package org.wbsmodeler.ui.diagram.viewer;

import java.util.function.Function;

import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The tooltip of a box or bar on a canvas: its text is worked out when it is about to show (so it always tells the
 * current dates and codes, never those of the moment the pointer arrived), it goes away on a press, a drag, a key or
 * an edit ({@link #hide()}), and it does not come while a button is held (no tooltip over a drop target).
 */
public final class LiveTooltip extends ToolTip {

	private final Function<Event, Object> objectAt;
	private final Function<Object, String> text;
	private boolean buttonDown;
	/** The shell that was active when the tooltip came up (null while none is up). */
	private Shell activeWhenShown;

	/**
	 * @param objectAt what is under the pointer of a mouse event (null: nothing with a tooltip)
	 * @param text     the tooltip of an object, as of now (null: none)
	 */
	public LiveTooltip(Control control, Function<Event, Object> objectAt, Function<Object, String> text) {
		super(control, ToolTip.NO_RECREATE, false);
		this.objectAt = objectAt;
		this.text = text;
		setHideOnMouseDown(true);
		setShift(new Point(12, 18));
		setPopupDelay(600);
		control.addListener(SWT.MouseDown, e -> {
			buttonDown = true;
			hide();
		});
		control.addListener(SWT.MouseUp, e -> buttonDown = false);
		control.addListener(SWT.DragDetect, e -> hide());
		control.addListener(SWT.KeyDown, e -> hide());
		control.addListener(SWT.MouseWheel, e -> hide());
	}

	/**
	 * Where no window manager keeps the tooltip's popup from taking the activation (a bare X server, as under Xvfb),
	 * the workbench window stayed inactive after the tooltip went, and with it every key binding of the editor (Ctrl+Z
	 * did nothing): the window that was active when the tooltip came is made active again, if nothing else is.
	 */
	@Override
	protected void afterHideToolTip(Event event) {
		super.afterHideToolTip(event);
		Shell owner = activeWhenShown;
		activeWhenShown = null;
		if (owner == null || owner.isDisposed()) {
			return;
		}
		Display display = owner.getDisplay();
		display.asyncExec(() -> {
			Shell active = display.getActiveShell();
			if (!owner.isDisposed() && (active == null || active.getParent() == owner && (active.getStyle() & SWT.TOOL) != 0)) {
				owner.setActive();
			}
		});
	}

	@Override
	protected Object getToolTipArea(Event event) {
		Object object = objectAt.apply(event);
		return object != null ? object : super.getToolTipArea(event);
	}

	@Override
	protected boolean shouldCreateToolTip(Event event) {
		if (buttonDown || (event.stateMask & SWT.BUTTON_MASK) != 0 || !super.shouldCreateToolTip(event)) {
			return false;
		}
		Object object = objectAt.apply(event);
		return object != null && text.apply(object) != null;
	}

	@Override
	protected Composite createToolTipContentArea(Event event, Composite parent) {
		activeWhenShown = parent.getDisplay().getActiveShell();
		Object object = objectAt.apply(event);
		String now = object == null ? null : text.apply(object);
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new org.eclipse.swt.layout.FillLayout());
		area.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		((org.eclipse.swt.layout.FillLayout) area.getLayout()).marginWidth = 4;
		((org.eclipse.swt.layout.FillLayout) area.getLayout()).marginHeight = 3;
		Label label = new Label(area, SWT.LEFT);
		label.setText(now == null ? "" : now);
		label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		label.setBackground(area.getBackground());
		return area;
	}

	/** The text the tooltip would show for an object now (what tests compare with the model). */
	public String textOf(Object object) {
		return text.apply(object);
	}
}
