/**
 * Builders from the EMF model (bundle {@code org.wbsmodeler.model}) to diagrams: the WBS chart, the process
 * breakdown and the activity-on-node network. They read the model only, including the scheduled dates the
 * scheduler saves into it, so they do not depend on the scheduling engine.
 */
package org.wbsmodeler.diagram.build;
