package org.wbsmodeler.server.db;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The connection pool on one PostgreSQL database. The driver's own data source is handed to HikariCP (no driver class
 * by name: inside OSGi the pool's class loader does not see the driver's).
 */
public final class Database implements AutoCloseable {

	private final HikariDataSource pool;

	private Database(HikariDataSource pool) {
		this.pool = pool;
	}

	/**
	 * Opens a pool on a JDBC address ({@code jdbc:postgresql://host:port/db}, user and password in the address or
	 * given), and brings the schema to the newest version.
	 */
	public static Database open(String url, String user, String password, int poolSize) throws SQLException {
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setURL(url);
		if (user != null) {
			source.setUser(user);
		}
		if (password != null) {
			source.setPassword(password);
		}
		// a server that went away must not hang a request forever
		source.setConnectTimeout(10);
		source.setSocketTimeout(60);
		HikariConfig config = new HikariConfig();
		config.setDataSource(source);
		config.setMaximumPoolSize(poolSize);
		config.setMinimumIdle(Math.min(2, poolSize));
		config.setConnectionTimeout(15_000);
		config.setInitializationFailTimeout(15_000);
		config.setAutoCommit(true);
		config.setPoolName("wbs-server");
		HikariDataSource pool = new HikariDataSource(config);
		try {
			Migrations.migrate(pool);
		} catch (SQLException | RuntimeException e) {
			pool.close();
			throw e;
		}
		return new Database(pool);
	}

	public DataSource dataSource() {
		return pool;
	}

	public Connection connection() throws SQLException {
		return pool.getConnection();
	}

	@Override
	public void close() {
		pool.close();
	}
}
