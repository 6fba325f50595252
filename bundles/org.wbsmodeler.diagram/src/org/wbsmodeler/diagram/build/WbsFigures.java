package org.wbsmodeler.diagram.build;

import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.Costs;

/**
 * The figures a WBS box shows. An interface so that the CLI and the UI can pass the scheduling engine's roll-up
 * (which knows calendars and therefore summary durations) without the diagram bundle depending on the scheduler;
 * {@link #standard()} is a self-contained fall-back.
 */
public interface WbsFigures {

    /** Duration in working days, or {@code NaN} when there is nothing sensible to show. */
    double durationDays(WbsElement element);

    /** Cost in project currency, rolled up over the element's subtree. */
    double cost(WbsElement element);

    /**
     * Durations as entered (summaries without one show none) and costs rolled up by MS Project's rules, the same
     * as the scheduler's: a work resource costs its rate per hour of work, a material or cost resource its rate
     * per unit, plus the element's fixed cost; a summary adds up its children.
     */
    static WbsFigures standard() {
        return new WbsFigures() {
            @Override
            public double durationDays(WbsElement element) {
                if (element.isSummary() && element.getDuration() <= 0) {
                    return Double.NaN;
                }
                return element.getDuration();
            }

            @Override
            public double cost(WbsElement element) {
                // each element's own cost by the model's one rule; the subtree's added on top
                double cost = Costs.cost(element);
                if (element.isSummary()) {
                    for (WbsElement child : ((WbsContainer) element).getChildren()) {
                        cost += cost(child);
                    }
                }
                return cost;
            }
        };
    }
}
