package org.wbsmodeler.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damages a file the ways files get damaged, and the ways an attacker would: flipped and lost bytes, cuts,
 * repeated and swapped pieces, numbers replaced by extremes, markup and DTD fragments inserted. Each mutation is
 * named, so a failure can be replayed. {@link #mangleType} damages one {@code xsi:type} the way a hand edit or a
 * merge tool does.
 */
public final class Mutations {

	private static final String[] INSERTS = { "<", ">", "&", "&amp;", "&#0;", "&#xFFFF;", "]]>", "<![CDATA[", "<!--", "\"", "'", "\u0000", "\uFFFE",
			"<!DOCTYPE Project [<!ENTITY e \"x\">]>", "<?xml version=\"1.0\"?>", "<Task>", "</Task>", "<UID>0</UID>", "<OutlineLevel>99</OutlineLevel>",
			"<PredecessorLink><PredecessorUID>1</PredecessorUID></PredecessorLink>", "\r\n", "é", "\uD83D\uDE00", ";", "\\" };
	private static final String[] NUMBERS = { "0", "-1", "-2147483648", "2147483647", "99999999999999999999", "1e308", "-1e308", "NaN", "Infinity",
			"0.0000001", "-0", "007", "1.5", "", "x" };
	private static final Pattern XSI_TYPE = Pattern.compile("(xsi:type)=\"([^\"]*)\"");
	private static final String[] TYPE_VALUES = { "&lt;", "", "&amp;", "wbs:", ":", "wbs:Nothing", "xsi:type", "ecore:EClass", "other:Activity",
			"wbs:activity", "&#x3c;wbs:Activity" };
	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private final Random random;
	private String last;

	public Mutations(long seed) {
		this.random = new Random(seed);
	}

	/** What the last call did. */
	public String last() {
		return last;
	}

	public byte[] mutate(byte[] original) {
		byte[] bytes = original;
		int count = 1 + (random.nextInt(4) == 0 ? random.nextInt(4) : 0);
		StringBuilder what = new StringBuilder();
		for (int i = 0; i < count && bytes.length > 0; i++) {
			int kind = random.nextInt(9);
			int at = random.nextInt(bytes.length);
			int length = 1 + random.nextInt(Math.max(1, Math.min(200, bytes.length - at)));
			switch (kind) {
			case 0 -> {
				bytes = bytes.clone();
				bytes[at] ^= (byte) (1 << random.nextInt(8));
				what.append("flip@").append(at);
			}
			case 1 -> {
				bytes = Arrays.copyOf(bytes, at);
				what.append("cut@").append(at);
			}
			case 2 -> {
				bytes = splice(bytes, at, length, new byte[0]);
				what.append("delete@").append(at).append('+').append(length);
			}
			case 3 -> {
				bytes = splice(bytes, at, 0, Arrays.copyOfRange(bytes, at, at + length));
				what.append("repeat@").append(at).append('+').append(length);
			}
			case 4 -> {
				String insert = INSERTS[random.nextInt(INSERTS.length)];
				bytes = splice(bytes, at, 0, insert.getBytes(StandardCharsets.UTF_8));
				what.append("insert@").append(at).append(':').append(insert.replace("\n", "\\n"));
			}
			case 5, 6 -> {
				bytes = number(bytes, what);
			}
			case 7 -> {
				int other = random.nextInt(bytes.length);
				int otherLength = Math.min(length, bytes.length - Math.max(at, other));
				if (otherLength > 0 && Math.abs(other - at) >= otherLength) {
					bytes = bytes.clone();
					byte[] piece = Arrays.copyOfRange(bytes, at, at + otherLength);
					System.arraycopy(bytes, other, bytes, at, otherLength);
					System.arraycopy(piece, 0, bytes, other, otherLength);
				}
				what.append("swap@").append(at).append(',').append(other);
			}
			default -> {
				byte[] noise = new byte[length];
				random.nextBytes(noise);
				bytes = splice(bytes, at, length, noise);
				what.append("noise@").append(at).append('+').append(length);
			}
			}
			what.append(' ');
		}
		last = what.toString().strip();
		return bytes;
	}

	/**
	 * Damages the {@code xsi:type} of one element: a flipped letter in the attribute's name or its value, the value
	 * replaced by markup ({@code &lt;}, empty, another namespace's type), or the attribute dropped.
	 */
	public byte[] mangleType(byte[] original) {
		String text = new String(original, StandardCharsets.UTF_8);
		Matcher matcher = XSI_TYPE.matcher(text);
		int found = 0;
		while (matcher.find()) {
			found++;
		}
		if (found == 0) {
			last = "no xsi:type";
			return original;
		}
		int pick = random.nextInt(found);
		matcher.reset();
		for (int i = 0; i <= pick; i++) {
			matcher.find();
		}
		String name = matcher.group(1);
		String value = matcher.group(2);
		String mangled = switch (random.nextInt(4)) {
		case 0 -> flipLetter(name) + "=\"" + value + "\"";
		case 1 -> name + "=\"" + flipLetter(value) + "\"";
		case 2 -> name + "=\"" + TYPE_VALUES[random.nextInt(TYPE_VALUES.length)] + "\"";
		default -> "";
		};
		last = "type@" + matcher.start() + ":" + matcher.group() + "->" + mangled;
		return (text.substring(0, matcher.start()) + mangled + text.substring(matcher.end())).getBytes(StandardCharsets.UTF_8);
	}

	private String flipLetter(String word) {
		int at = random.nextInt(word.length());
		char c = word.charAt(at);
		char flipped = Character.isLetter(c) ? (char) ('a' + random.nextInt(26)) : (char) ('!' + random.nextInt(90));
		if (flipped == '"' || flipped == '<' || flipped == '&') {
			flipped = 'q';
		}
		return word.substring(0, at) + flipped + word.substring(at + 1);
	}

	/** Replaces one of the numbers in the text by an extreme one. */
	private byte[] number(byte[] bytes, StringBuilder what) {
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		Matcher matcher = NUMBER.matcher(text);
		int found = 0;
		while (matcher.find()) {
			found++;
		}
		if (found == 0) {
			return bytes;
		}
		int pick = random.nextInt(found);
		matcher.reset();
		for (int i = 0; i <= pick; i++) {
			matcher.find();
		}
		String replacement = NUMBERS[random.nextInt(NUMBERS.length)];
		what.append("number@").append(matcher.start()).append(':').append(matcher.group()).append("->").append(replacement);
		return (text.substring(0, matcher.start()) + replacement + text.substring(matcher.end())).getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
		out.write(bytes, 0, at);
		out.write(insert, 0, insert.length);
		int rest = Math.min(bytes.length, at + remove);
		out.write(bytes, rest, bytes.length - rest);
		return out.toByteArray();
	}
}
