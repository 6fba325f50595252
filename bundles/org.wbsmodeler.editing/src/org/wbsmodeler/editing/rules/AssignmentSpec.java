package org.wbsmodeler.editing.rules;

import org.wbsmodeler.model.Resource;

/** One resource on a task as a person typed it: the resource and its units (1 = 100%). */
public record AssignmentSpec(Resource resource, double units) {
}
