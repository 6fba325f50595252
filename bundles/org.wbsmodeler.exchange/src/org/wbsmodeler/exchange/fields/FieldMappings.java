package org.wbsmodeler.exchange.fields;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mpxj.CustomField;
import org.mpxj.FieldType;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TaskField;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.model.Annotation;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.registry.Contributions;
import org.wbsmodeler.model.util.ModelLabels;

/** The installed {@link FieldMapping}s, applied by the MPXJ exporters and importers. */
public final class FieldMappings {

	/** The extension point field mappings are contributed to. */
	public static final String EXTENSION_POINT = "org.wbsmodeler.exchange.fields";

	private static final Supplier<List<FieldMapping>> INSTALLED = Contributions.installed(EXTENSION_POINT, FieldMapping.class,
			mapping -> mapping.getClass().getName());

	private final List<FieldMapping> mappings;

	private FieldMappings(List<FieldMapping> mappings) {
		this.mappings = mappings;
	}

	/** The mappings of the installed plug-ins, read once. */
	public static FieldMappings installed() {
		return new FieldMappings(INSTALLED.get());
	}

	/** Declares the fields with their aliases and writes each element's first annotation of each mapped class. */
	public void write(ProjectFile file, Map<WbsElement, Task> tasks, ExchangeWarnings warnings) {
		for (FieldMapping mapping : mappings) {
			for (FieldMapping.Field field : mapping.fields()) {
				file.getCustomFields().getOrCreate(taskField(field)).setAlias(field.alias());
			}
			for (Map.Entry<WbsElement, Task> entry : tasks.entrySet()) {
				List<Annotation> annotations = annotations(entry.getKey(), mapping);
				if (annotations.isEmpty()) {
					continue;
				}
				if (annotations.size() > 1) {
					warnings.warn(ModelLabels.describe(entry.getKey()) + ": has " + annotations.size() + " " + mapping.eClass().getName()
							+ " annotations; MS Project's custom fields carry the first");
				}
				for (FieldMapping.Field field : mapping.fields()) {
					Object value = exported(annotations.get(0).eGet(field.feature()), tasks);
					if (value != null) {
						entry.getValue().set(taskField(field), value);
					}
				}
			}
		}
	}

	/** Hangs an annotation on each imported element whose task has a value in a mapped field. */
	public void read(ProjectFile file, Map<Task, WbsElement> elements, ExchangeWarnings warnings) {
		Map<String, WbsElement> byCode = new HashMap<>();
		elements.forEach((task, element) -> {
			if (task.getWBS() != null) {
				byCode.putIfAbsent(task.getWBS(), element);
			}
		});
		for (FieldMapping mapping : mappings) {
			Map<FieldMapping.Field, FieldType> found = new HashMap<>();
			for (FieldMapping.Field field : mapping.fields()) {
				FieldType type = byAlias(file, field.alias());
				// derived values (a risk's exposure) are written for MS Project's users and computed again here
				if (type != null && field.feature().isChangeable()) {
					found.put(field, type);
				}
			}
			if (found.isEmpty()) {
				continue;
			}
			for (Map.Entry<Task, WbsElement> entry : elements.entrySet()) {
				EObject annotation = null;
				for (Map.Entry<FieldMapping.Field, FieldType> field : found.entrySet()) {
					Object value = imported(entry.getKey().get(field.getValue()), field.getKey(), byCode, entry.getValue(), warnings);
					if (value == null) {
						continue;
					}
					if (annotation == null) {
						annotation = EcoreUtil.create(mapping.eClass());
					}
					annotation.eSet(field.getKey().feature(), value);
				}
				if (annotation != null) {
					entry.getValue().getAnnotations().add((Annotation) annotation);
				}
			}
		}
	}

	private static List<Annotation> annotations(WbsElement element, FieldMapping mapping) {
		List<Annotation> result = new ArrayList<>();
		for (Annotation annotation : element.getAnnotations()) {
			if (mapping.eClass().isSuperTypeOf(annotation.eClass())) {
				result.add(annotation);
			}
		}
		return result;
	}

	private static Object exported(Object value, Map<WbsElement, Task> tasks) {
		if (value instanceof WbsElement element) {
			Task task = tasks.get(element);
			return task == null ? null : task.getWBS();
		}
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		return value instanceof String text && text.isEmpty() ? null : value;
	}

	private static Object imported(Object value, FieldMapping.Field field, Map<String, WbsElement> byCode, WbsElement element, ExchangeWarnings warnings) {
		if (value == null || value instanceof String text && text.isBlank()) {
			return null;
		}
		if (field.feature() instanceof EReference) {
			WbsElement target = byCode.get(value.toString().strip());
			if (target == null) {
				warnings.warn(ModelLabels.describe(element) + ": its " + field.alias() + " field names " + value + ", which is no task's WBS code");
			}
			return target;
		}
		Class<?> type = ((EAttribute) field.feature()).getEAttributeType().getInstanceClass();
		if (value instanceof Number number) {
			if (type == int.class || type == Integer.class) {
				return number.intValue();
			}
			if (type == long.class || type == Long.class) {
				return number.longValue();
			}
			return number.doubleValue();
		}
		return value;
	}

	private static TaskField taskField(FieldMapping.Field field) {
		try {
			return TaskField.valueOf(field.field().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("no MS Project task field " + field.field() + " (for " + field.alias() + ")", e);
		}
	}

	private static FieldType byAlias(ProjectFile file, String alias) {
		String wanted = alias.strip().toLowerCase(Locale.ROOT);
		for (CustomField field : file.getCustomFields()) {
			String candidate = field.getAlias();
			if (candidate != null && candidate.strip().toLowerCase(Locale.ROOT).equals(wanted) && field.getFieldType() != null) {
				return field.getFieldType();
			}
		}
		return null;
	}
}
