package org.wbsmodeler.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;

import javax.sql.DataSource;

/**
 * Users and their bearer tokens. A token is 32 random bytes, shown once; the database keeps its SHA-256 only
 * (a random token needs no salt or slow hash: there is nothing to guess from a dictionary).
 */
public final class Tokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DataSource source;

	public Tokens(DataSource source) {
		this.source = source;
	}

	public static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "wbs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("no SHA-256 in this JVM", e);
		}
	}

	/** Adds a user and returns their token (the only time it exists outside the user's hands). */
	public String addUser(String name) throws SQLException {
		if (name == null || !name.matches("[A-Za-z0-9._@-]{1,64}")) {
			throw new SQLException("a user name is 1 to 64 letters, digits, '.', '_', '@' or '-'", "22023");
		}
		String token = newToken();
		try (Connection connection = source.getConnection();
				PreparedStatement insert = connection.prepareStatement("insert into users (name, token_hash) values (?, ?)")) {
			insert.setString(1, name);
			insert.setBytes(2, hash(token));
			insert.executeUpdate();
		} catch (SQLException e) {
			if ("23505".equals(e.getSQLState())) {
				throw new SQLException("user " + name + " exists already", "23505", e);
			}
			throw e;
		}
		return token;
	}

	/** The user a token belongs to, or null. */
	public User user(String token) throws SQLException {
		if (token == null || token.isEmpty()) {
			return null;
		}
		try (Connection connection = source.getConnection();
				PreparedStatement query = connection.prepareStatement("select id, name from users where token_hash = ?")) {
			query.setBytes(1, hash(token));
			try (ResultSet result = query.executeQuery()) {
				return result.next() ? new User(result.getLong(1), result.getString(2)) : null;
			}
		}
	}

	/** The id of a user by name, or null. */
	public Long userId(String name) throws SQLException {
		try (Connection connection = source.getConnection();
				PreparedStatement query = connection.prepareStatement("select id from users where name = ?")) {
			query.setString(1, name);
			try (ResultSet result = query.executeQuery()) {
				return result.next() ? result.getLong(1) : null;
			}
		}
	}

	public record User(long id, String name) {
	}
}
