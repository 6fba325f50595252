package org.wbsmodeler.design.check;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Checks one interpreted expression of a viewpoint against the metamodel and the services: {@code feature:x},
 * {@code var:x}, {@code service:x} and the navigations of {@code aql:} expressions ({@code self.a.b}, a variable's
 * features, {@code x.service(args)} calls and {@code pkg::Type} literals). What cannot be typed (inside lambdas,
 * after a collection operation) is not judged; everything reachable from self or a typed variable is.
 */
public final class ExpressionChecker {

	/** Operations AQL and EMF provide on every object or collection; any other call must be a service. */
	private static final Set<String> BUILT_IN = Set.of("eAllContents", "eContents", "eContainer", "eContainerOrSelf", "eClass",
			"eInverse", "eGet", "eResource", "eCrossReferences", "oclIsKindOf", "oclIsTypeOf", "oclAsType", "allInstances", "toString",
			"size", "isEmpty", "notEmpty", "toLower", "toUpper", "trim", "concat", "startsWith", "endsWith", "contains", "substring",
			"replace", "replaceAll", "first", "last", "at", "filter", "select", "reject", "collect", "exists", "forAll", "any",
			"including", "excluding", "union", "asSequence", "asSet", "asOrderedSet", "sortedBy", "sum", "ancestors", "siblings",
			"allRoots", "indexOf", "prepend", "append", "count", "includes", "excludes", "reverse", "flatten", "sep", "matches",
			"toUpperFirst", "toLowerFirst", "abs", "floor", "round", "max", "min");

	/** Features the {@code feature:} interpreter offers on every object besides the metamodel's. */
	private static final Set<String> INTRINSIC = Set.of("eAllContents", "eContents", "eContainer", "eClass", "eCrossReferences");

	private static final Set<String> KEYWORDS = Set.of("not", "and", "or", "xor", "implies", "true", "false", "null", "if", "then",
			"else", "endif", "let", "in");

	private static final Pattern TOKEN = Pattern.compile("\\s*(?:('(?:[^'\\\\]|\\\\.)*')|(\\d+(?:\\.\\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(::|->|<>|<=|>=|[-+*/=<>.(),|{}\\[\\]]))");

	private final MetamodelTypes types;

	private final ServiceCatalog services;

	public ExpressionChecker(MetamodelTypes types, ServiceCatalog services) {
		this.types = types;
		this.services = services;
	}

	/** Checks the expression, adds what is wrong to problems (prefixed with where), returns its type when known. */
	public Set<EClass> check(String expression, Scope scope, String where, List<String> problems) {
		Report report = new Report(where + ": '" + expression + "'", problems);
		if (expression.startsWith("feature:")) {
			return feature(expression.substring(8).trim(), scope, report);
		}
		if (expression.startsWith("var:")) {
			String name = expression.substring(4).trim();
			if (!scope.declares(name)) {
				report.add("unknown variable '" + name + "'");
			}
			return scope.typeOf(name);
		}
		if (expression.startsWith("service:")) {
			String call = expression.substring(8).trim();
			if (call.matches("[A-Za-z_][A-Za-z0-9_]*")) {
				return service(call, 1, scope.self(), report);
			}
			return aql(call.contains(".") ? call : "self." + call, scope, report);
		}
		if (expression.startsWith("aql:")) {
			return aql(expression.substring(4), scope, report);
		}
		return Set.of();
	}

	private Set<EClass> feature(String name, Scope scope, Report report) {
		if (INTRINSIC.contains(name)) {
			return Set.of();
		}
		if (scope.self().isEmpty()) {
			report.add("self has no known type here, so feature '" + name + "' cannot be checked");
			return Set.of();
		}
		EStructuralFeature feature = MetamodelTypes.commonFeature(scope.self(), name);
		if (feature == null) {
			report.add("unknown feature '" + name + "' on " + names(scope.self()));
			return Set.of();
		}
		return MetamodelTypes.typeOf(feature);
	}

	private Set<EClass> service(String name, int arguments, Set<EClass> receiver, Report report) {
		Method method = services.find(name, arguments, receiver);
		if (method == null) {
			report.add(services.hasName(name)
					? "no service '" + name + "' takes a receiver of type " + names(receiver) + " and " + (arguments - 1) + " argument(s)"
					: "unknown service '" + name + "'");
			return Set.of();
		}
		return returnType(method);
	}

	private Set<EClass> aql(String body, Scope scope, Report report) {
		List<String> tokens = tokens(body, report);
		Set<EClass> result = null;
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			String before = i > 0 ? tokens.get(i - 1) : "";
			if (!isIdentifier(token) || before.equals(".") || before.equals("->") || before.equals("::")) {
				continue;
			}
			if (at(tokens, i + 1).equals("::")) {
				typeLiteral(tokens, i, report);
				continue;
			}
			if (KEYWORDS.contains(token) || at(tokens, i + 1).equals("(")) {
				continue;
			}
			boolean typed = scope.declares(token) && !scope.typeOf(token).isEmpty();
			if (token.equals("self") && !typed && at(tokens, i + 1).equals(".")) {
				report.add("self has no known type here, so '" + at(tokens, i + 2) + "' cannot be checked");
			}
			if (!typed && isVariableLike(tokens, i) && !scope.declares(token) && !isLambdaParameter(tokens, token)) {
				report.add("unknown variable '" + token + "'");
			}
			Set<EClass> chain = navigate(tokens, i, typed ? scope.typeOf(token) : null, report);
			if (result == null) {
				result = chain;
			}
		}
		return result == null ? Set.of() : result;
	}

	/** Follows {@code .feature} and {@code .call(...)} from tokens[start]; returns the type at the end, empty if unknown. */
	private Set<EClass> navigate(List<String> tokens, int start, Set<EClass> type, Report report) {
		Set<EClass> current = type;
		int i = start + 1;
		while (i + 1 < tokens.size() && (tokens.get(i).equals(".") || tokens.get(i).equals("->")) && isIdentifier(tokens.get(i + 1))) {
			String name = tokens.get(i + 1);
			boolean call = at(tokens, i + 2).equals("(");
			if (tokens.get(i).equals("->")) {
				current = null;
			} else if (call && !BUILT_IN.contains(name)) {
				current = service(name, 1 + argumentCount(tokens, i + 2), current == null ? Set.of() : current, report);
			} else if (call) {
				current = null;
			} else if (current != null && !current.isEmpty()) {
				EStructuralFeature feature = MetamodelTypes.commonFeature(current, name);
				if (feature == null) {
					report.add("unknown feature '" + name + "' on " + names(current));
					current = null;
				} else {
					current = MetamodelTypes.typeOf(feature);
				}
			} else {
				current = null;
			}
			if (current != null && current.isEmpty()) {
				current = null;
			}
			i += 2;
		}
		return current == null ? Set.of() : current;
	}

	private void typeLiteral(List<String> tokens, int i, Report report) {
		String qualified = tokens.get(i) + "::" + at(tokens, i + 2);
		if (types.isForeign(qualified)) {
			return;
		}
		EClassifier classifier = types.classifier(qualified);
		if (classifier == null) {
			report.add("unknown type '" + qualified + "' (the metamodel's package is named '" + types.metamodel().getName() + "')");
		} else if (at(tokens, i + 3).equals("::")) {
			String literal = at(tokens, i + 4);
			if (!(classifier instanceof EEnum eEnum) || eEnum.getEEnumLiteral(literal) == null) {
				report.add("unknown enumeration literal '" + qualified + "::" + literal + "'");
			}
		}
	}

	private static int argumentCount(List<String> tokens, int open) {
		if (at(tokens, open + 1).equals(")")) {
			return 0;
		}
		int depth = 0;
		int commas = 0;
		for (int i = open; i < tokens.size(); i++) {
			String token = tokens.get(i);
			if (token.equals("(")) {
				depth++;
			} else if (token.equals(")") && --depth == 0) {
				break;
			} else if (token.equals(",") && depth == 1) {
				commas++;
			}
		}
		return commas + 1;
	}

	/** An identifier standing alone (not a lambda's parameter before '|', not a let binding). */
	private static boolean isVariableLike(List<String> tokens, int i) {
		return !at(tokens, i + 1).equals("|") && !at(tokens, i + 1).equals("=") && !at(tokens, i - 1).equals("let");
	}

	private static boolean isLambdaParameter(List<String> tokens, String name) {
		for (int i = 0; i + 1 < tokens.size(); i++) {
			if (tokens.get(i).equals(name) && tokens.get(i + 1).equals("|")) {
				return true;
			}
		}
		return false;
	}

	private Set<EClass> returnType(Method method) {
		Set<EClass> result = new LinkedHashSet<>();
		for (EClassifier classifier : types.metamodel().getEClassifiers()) {
			if (classifier instanceof EClass eClass && method.getReturnType().equals(eClass.getInstanceClass())) {
				result.add(eClass);
			}
		}
		return result;
	}

	private static List<String> tokens(String body, Report report) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(body);
		int position = 0;
		while (position < body.length() && matcher.find(position) && matcher.start() == position) {
			String token = matcher.group(1) != null ? "'" : matcher.group(2) != null ? "0" : matcher.group(3) != null ? matcher.group(3) : matcher.group(4);
			tokens.add(token);
			position = matcher.end();
		}
		if (!body.substring(position).isBlank()) {
			report.add("cannot read the expression after '" + body.substring(0, position) + "'");
		}
		return tokens;
	}

	private static boolean isIdentifier(String token) {
		return Character.isJavaIdentifierStart(token.charAt(0));
	}

	private static String at(List<String> tokens, int i) {
		return i >= 0 && i < tokens.size() ? tokens.get(i) : "";
	}

	static String names(Set<EClass> types) {
		return types.isEmpty() ? "(unknown type)" : types.stream().map(EClass::getName).collect(Collectors.joining("/"));
	}

	private record Report(String where, List<String> problems) {
		void add(String problem) {
			problems.add(where + ": " + problem);
		}
	}
}
