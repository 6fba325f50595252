package org.wbsmodeler.design.check;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;

/**
 * The service methods a viewpoint can call: the public methods of the classes its Java extensions name. A call is
 * known when some method has the name, takes the receiver plus the arguments, and accepts every receiver type.
 */
public final class ServiceCatalog {

	private final List<Method> methods = new ArrayList<>();

	private final List<String> problems = new ArrayList<>();

	/** Loads each class; one that is missing, or that Sirius could not instantiate, becomes a problem. */
	public ServiceCatalog(List<String> classNames, ClassLoader loader) {
		for (String name : classNames) {
			try {
				Class<?> type = Class.forName(name, false, loader);
				if (!Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers())) {
					problems.add("Java extension " + name + " is not a public concrete class");
					continue;
				}
				type.getConstructor();
				for (Method method : type.getMethods()) {
					if (method.getDeclaringClass() != Object.class && !Modifier.isStatic(method.getModifiers()) && method.getParameterCount() > 0) {
						methods.add(method);
					}
				}
			} catch (ClassNotFoundException | LinkageError e) {
				problems.add("Java extension " + name + " cannot be loaded");
			} catch (NoSuchMethodException e) {
				problems.add("Java extension " + name + " has no public no-argument constructor");
			}
		}
	}

	public List<String> problems() {
		return problems;
	}

	/** The service called so, or null: {@code arguments} counts the receiver. */
	public Method find(String name, int arguments, Set<EClass> receiverTypes) {
		for (Method method : methods) {
			if (method.getName().equals(name) && method.getParameterCount() == arguments && accepts(method.getParameterTypes()[0], receiverTypes)) {
				return method;
			}
		}
		return null;
	}

	/** Whether any service has that name, whatever its parameters (to word the problem precisely). */
	public boolean hasName(String name) {
		return methods.stream().anyMatch(m -> m.getName().equals(name));
	}

	private static boolean accepts(Class<?> parameter, Set<EClass> receiverTypes) {
		for (EClass type : receiverTypes) {
			Class<?> instanceClass = type.getInstanceClass();
			if (instanceClass != null && !parameter.isAssignableFrom(instanceClass)) {
				return false;
			}
		}
		return true;
	}
}
