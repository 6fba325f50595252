package org.wbsmodeler.model.io;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl.EObjectInputStream;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl.EObjectOutputStream;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.helpers.DefaultHandler;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * A {@code .wbs} file: XMI with stable identifiers, so cross references (dependencies, traceability links) survive
 * reordering of elements, and with a parser that refuses DTDs and external entities.
 */
public class WbsResource extends XMIResourceImpl {

	/** Parsers are expensive to create and thread-safe to pool: one pool for every load in the process. */
	private static final XMLParserPool PARSERS = new XMLParserPoolImpl(true);

	public WbsResource(URI uri) {
		super(uri);
		getDefaultLoadOptions().putAll(secureLoadOptions());
		getDefaultLoadOptions().putAll(fastLoadOptions());
		// content of packages that are not installed is kept and saved back (see UnknownContent)
		getDefaultLoadOptions().put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
		getDefaultSaveOptions().put(XMLResource.OPTION_ENCODING, "UTF-8");
		getDefaultSaveOptions().put(XMLResource.OPTION_LINE_WIDTH, 120);
		getDefaultSaveOptions().put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
	}

	/** The prefix the loaded file gave each namespace, by namespace URI (for content of packages not installed). */
	private final Map<String, String> prefixes = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Writes the contents as the file would hold them without touching the resource itself: no modified flag set, no
	 * diagnostics cleared, no notification. So a thread that only reads the model (a crash-recovery copy) may call it;
	 * what the caller must handle is the model changing meanwhile.
	 */
	public void write(java.io.OutputStream out) throws IOException {
		new org.eclipse.emf.ecore.xmi.impl.XMISaveImpl(createXMLHelper()).save(this, out, new HashMap<>(getDefaultSaveOptions()));
	}

	@Override
	protected XMLHelper createXMLHelper() {
		return new XMIHelperImpl(this) {
			@Override
			public void addPrefix(String prefix, String uri) {
				super.addPrefix(prefix, uri);
				prefixes.putIfAbsent(uri, prefix);
			}

			@Override
			protected Object createFromString(EFactory eFactory, EDataType eDataType, String value) {
				if (value != null && (eDataType == EcorePackage.Literals.EDOUBLE || eDataType == EcorePackage.Literals.EDOUBLE_OBJECT)) {
					return DecimalText.parse(value);
				}
				return super.createFromString(eFactory, eDataType, value);
			}
		};
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new WbsLoadHandler(resource, helper, options);
			}
		};
	}

	/** The namespace prefixes of the last load, by namespace URI. */
	Map<String, String> namespacePrefixes() {
		return prefixes;
	}

	@Override
	protected boolean useUUIDs() {
		return true;
	}

	/**
	 * Sizes the id maps for the file before it is parsed: a 100,000-activity plan holds some 600,000 elements, and
	 * growing two hash maps to that size one doubling at a time rehashes every id about twice. Elements are keys by
	 * identity (none of the model's classes defines equality), in an {@link IdentityHashMap}: one flat table instead of
	 * a node per id.
	 */
	@Override
	public void load(Map<?, ?> options) throws IOException {
		if (!isLoaded() && getURI() != null && getURI().isFile()) {
			presizeIdMaps(new File(getURI().toFileString()).length());
		}
		if (!isLoaded()) {
			proxies = false;
		}
		super.load(options);
	}

	private volatile boolean proxies;

	/** Load option: the stream is EMF's binary form written by {@link #writeBinary}, not XMI (see {@link PlanCache}). */
	private static final String BINARY = "org.wbsmodeler.model.io.binary";

	/** While a binary load runs: ids come after the tree, so attaching must neither index nor invent any. */
	private boolean binaryLoading;

	/**
	 * Loads what {@link #writeBinary} wrote: the tree in EMF's binary form, then every element's id in tree order.
	 * {@code elements} sizes the id maps.
	 */
	void loadBinary(InputStream in, int elements) throws IOException {
		if (elements > 1024) {
			idToEObjectMap = HashMap.newHashMap(elements);
			eObjectToIDMap = new IdentityHashMap<>(elements);
		}
		proxies = false;
		Map<Object, Object> options = new HashMap<>();
		options.put(BINARY, Boolean.TRUE);
		load(in, options);
		fromCache = isLoaded();
	}

	private boolean fromCache;

	/** Whether the last load read the plan's cached binary copy ({@link PlanCache}) instead of parsing the file. */
	public boolean isFromCache() {
		return fromCache && isLoaded();
	}

	@Override
	protected void doUnload() {
		fromCache = false;
		super.doUnload();
	}

	/** Writes the tree in EMF's binary form and then each element's id in tree order (for {@link PlanCache}); returns how many elements. */
	int writeBinary(OutputStream out) throws IOException {
		int expected = getEObjectToIDMap().size();
		// EMF's own buffer: without one, every byte of a 60 MB entry was a call on the synchronized stream beneath
		Map<Object, Object> options = new HashMap<>();
		options.put(BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, 1 << 16);
		EObjectOutputStream binary = new EObjectOutputStream(out, options) {
			{
				// by identity, as the plan's own id map: a hash map of 600,000 elements was a fifth of the write
				eObjectIDMap = new IdentityHashMap<>(Math.max(expected, 16));
			}
		};
		binary.saveResource(this);
		int elements = 0;
		for (TreeIterator<EObject> all = getAllContents(); all.hasNext(); elements++) {
			binary.writeString(getID(all.next()));
		}
		binary.flush();
		return elements;
	}

	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		if (options == null || !options.containsKey(BINARY)) {
			super.doLoad(inputStream, options);
			return;
		}
		binaryLoading = true;
		try {
			EObjectInputStream binary = new EObjectInputStream(inputStream, options);
			binary.loadResource(this);
			for (TreeIterator<EObject> all = getAllContents(); all.hasNext();) {
				setID(all.next(), binary.readString());
			}
		} finally {
			binaryLoading = false;
		}
	}

	void madeProxies() {
		proxies = true;
	}

	/**
	 * Whether the last load made a proxy: a reference by URI (to another file, or an id written as a URI) that
	 * {@code EcoreUtil.resolveAll} must resolve. A plan whose references are all ids within the file has none, and a
	 * walk over its 600,000 elements would find nothing to do.
	 */
	public boolean hasProxies() {
		return proxies;
	}

	/** Bytes of XMI per element of a generated plan (ids, names, dates, floats): a low guess, so maps rarely grow. */
	private static final long BYTES_PER_ELEMENT = 256;

	private void presizeIdMaps(long fileBytes) {
		long elements = fileBytes / BYTES_PER_ELEMENT;
		if (elements > 1024 && elements < Integer.MAX_VALUE / 2 && getEObjectToIDMap().isEmpty() && getIDToEObjectMap().isEmpty()) {
			idToEObjectMap = HashMap.newHashMap((int) elements);
			eObjectToIDMap = new IdentityHashMap<>((int) elements);
		}
	}

	/**
	 * While loading, the handler has already put each element's {@code xmi:id} in both id maps ({@link #setID}), so
	 * attaching the finished tree skips EMF's second put of every id; an element without an id (and every attach
	 * after the load) goes the usual way and gets one.
	 */
	@Override
	protected void attachedHelper(EObject eObject) {
		if (binaryLoading) {
			return;
		}
		if (isLoading() && !isTrackingModification() && getIntrinsicIDToEObjectMap() == null && getEObjectToIDMap().containsKey(eObject)) {
			return;
		}
		super.attachedHelper(eObject);
	}

	/**
	 * What makes a 100,000-element plan open in seconds: pooled parsers, a name-to-feature cache, no notifications
	 * while the tree is built (nobody listens yet), and objects attached to the resource once they are complete.
	 */
	static Map<Object, Object> fastLoadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSERS);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		options.put(XMLResource.OPTION_DISABLE_NOTIFY, Boolean.TRUE);
		options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
		return options;
	}

	/** Parser settings shared by every XML reader of the project: no DOCTYPE, no external entities (XXE, billion laughs). */
	public static Map<Object, Object> secureLoadOptions() {
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		return options;
	}
}
