package org.wbsmodeler.ui.pages;

import java.util.function.Consumer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wbsmodeler.model.Project;

/**
 * What the editor gives each page: the one editing domain (every edit is a command on its stack), the adapter factory
 * of the item providers, the model's project, and the status line for one-line messages ("5x is not a duration").
 */
public record PageContext(EditingDomain domain, AdapterFactory adapterFactory, Project project, Consumer<String> status) {
}
