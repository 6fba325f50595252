package org.wbsmodeler.server.auth;

/** What a user may do with one plan; each role may do what the ones before it may. */
public enum Role {
	VIEWER, EDITOR, OWNER;

	public int level() {
		return ordinal() + 1;
	}

	public static Role ofLevel(int level) {
		return values()[level - 1];
	}

	public static Role parse(String text) {
		for (Role role : values()) {
			if (role.name().equalsIgnoreCase(text)) {
				return role;
			}
		}
		return null;
	}

	public boolean allows(Role needed) {
		return compareTo(needed) >= 0;
	}
}
