package org.wbsmodeler.exchange.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.wbsmodeler.exchange.ExchangeException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XML gate every imported file passes before a third-party reader sees it. A DOCTYPE is refused outright: it
 * is the only way to declare entities, so without one there is no external entity (XXE) and no entity expansion
 * (billion laughs). A DOCTYPE can only stand before the root element, so reading the prolog is enough and costs
 * nothing on big files; {@link #checkWellFormed} reads the whole document, to name the line of a problem after a
 * reader failed.
 *
 * <p>The parser settings are those of the model's own files ({@code WbsResource.secureLoadOptions()}).
 */
public final class SecureXml {

	private SecureXml() {
	}

	/** A SAX parser factory that refuses DOCTYPEs and never fetches anything. */
	public static SAXParserFactory parserFactory() throws ParserConfigurationException, SAXException {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setValidating(false);
		factory.setXIncludeAware(false);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		return factory;
	}

	/** The first bytes as text: UTF-16 after its byte order mark, otherwise UTF-8 (which covers ASCII prologs). */
	public static String headText(byte[] head) {
		if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
			return new String(head, StandardCharsets.UTF_16);
		}
		return new String(head, StandardCharsets.UTF_8);
	}

	/** Whether the first bytes are XML: after a byte order mark and blanks, a '<'. */
	public static boolean looksLikeXml(byte[] head) {
		String text = headText(head);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\uFEFF' || Character.isWhitespace(c)) {
				continue;
			}
			return c == '<';
		}
		return false;
	}

	/** Reads the prolog and the root element's start tag; refuses a DOCTYPE and a prolog that is not XML. */
	public static void checkProlog(Path file) throws ExchangeException {
		parse(file, true);
	}

	/** Reads the whole document; throws for the first place where it is not well-formed XML. */
	public static void checkWellFormed(Path file) throws ExchangeException {
		parse(file, false);
	}

	private static void parse(Path file, boolean prologOnly) throws ExchangeException {
		try (InputStream in = Files.newInputStream(file)) {
			SAXParser parser = parserFactory().newSAXParser();
			InputSource source = new InputSource(in);
			source.setSystemId(file.toUri().toString());
			parser.parse(source, new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
					if (prologOnly) {
						throw new PrologRead();
					}
				}
			});
		} catch (PrologRead done) {
			// the root element started: no DOCTYPE can follow
		} catch (SAXParseException e) {
			throw problem(file, e);
		} catch (SAXException | ParserConfigurationException e) {
			throw new ExchangeException(file, 0, "not well-formed XML (" + ExchangeException.oneLine(e.getMessage()) + ")", e);
		} catch (IOException e) {
			throw new ExchangeException(file, 0, "cannot read (" + ExchangeException.oneLine(e.getMessage()) + ")", e);
		}
	}

	/** The one-line description of a parser's complaint: a refused DOCTYPE, or XML that is not well-formed. */
	public static ExchangeException problem(Path file, SAXParseException e) {
		if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
			return new ExchangeException(file, e.getLineNumber(),
					"refused: a DOCTYPE declaration (project files never need one; it could pull in external entities)", e);
		}
		return new ExchangeException(file, e.getLineNumber(), "not well-formed XML (" + ExchangeException.oneLine(e.getMessage()) + ")", e);
	}

	/** Thrown to stop parsing once the prolog is read. */
	private static final class PrologRead extends SAXException {
		private static final long serialVersionUID = 1L;

		PrologRead() {
			super("prolog read");
		}
	}
}
