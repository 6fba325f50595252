package org.wbsmodeler.design.check;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;

/**
 * What an expression can see where it is written: the types {@code self} may have (empty when the checker cannot
 * know them) and the variables declared by the enclosing tool, each with its possible types.
 */
public record Scope(Set<EClass> self, Map<String, Set<EClass>> variables) {

	/** Variables Sirius defines everywhere; they hold view objects the checker does not type. */
	private static final Set<String> GLOBAL = Set.of("diagram", "view", "containerView", "viewpoint");

	public static Scope of(Set<EClass> self) {
		return new Scope(self, Map.of());
	}

	public Scope withSelf(Set<EClass> types) {
		return new Scope(types, variables);
	}

	public Scope withVariable(String name, Set<EClass> types) {
		Map<String, Set<EClass>> more = new HashMap<>(variables);
		more.put(name, types);
		return new Scope(self, more);
	}

	public boolean declares(String name) {
		return name.equals("self") || variables.containsKey(name) || GLOBAL.contains(name);
	}

	/** The types of self or of a variable; empty when unknown or untyped. */
	public Set<EClass> typeOf(String name) {
		if (name.equals("self")) {
			return self;
		}
		return variables.getOrDefault(name, Set.of());
	}
}
