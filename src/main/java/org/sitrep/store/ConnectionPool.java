package org.sitrep.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;

/**
 * A minimal pool: keeps up to {@code maxIdle} open connections for reuse and opens more on demand
 * rather than making callers wait, since the store's callers are a handful of analysis threads.
 * A connection comes back to the pool in auto-commit mode, or is closed.
 */
final class ConnectionPool implements AutoCloseable {
  private final String url;
  private final Properties credentials;
  private final int maxIdle;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private boolean closed;

  ConnectionPool(String url, String user, String password, int maxIdle) {
    this.url = url;
    this.credentials = new Properties();
    if (user != null) {
      credentials.setProperty("user", user);
    }
    if (password != null) {
      credentials.setProperty("password", password);
    }
    this.maxIdle = maxIdle;
  }

  String url() {
    return url;
  }

  String user() {
    return credentials.getProperty("user");
  }

  String password() {
    return credentials.getProperty("password");
  }

  /** Opens a connection outside the pool, for callers that hold it for the pool's lifetime. */
  Connection open() throws SQLException {
    return DriverManager.getConnection(url, credentials);
  }

  /** A connection in auto-commit mode; closing the lease gives it back. */
  Lease lease() throws SQLException {
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("the article store is closed");
      }
      Connection c = idle.pollFirst();
      if (c != null) {
        return new Lease(c);
      }
    }
    return new Lease(open());
  }

  private void giveBack(Connection c) {
    boolean keep;
    try {
      keep = !c.isClosed() && c.getAutoCommit();
    } catch (SQLException e) {
      keep = false;
    }
    synchronized (this) {
      if (keep && !closed && idle.size() < maxIdle) {
        idle.addFirst(c);
        return;
      }
    }
    closeQuietly(c);
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      for (Connection c : idle) {
        closeQuietly(c);
      }
      idle.clear();
    }
  }

  static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // Nothing to do about a connection that fails to close; it is dropped either way.
    }
  }

  /** One borrowed connection. */
  final class Lease implements AutoCloseable {
    private final Connection connection;

    private Lease(Connection connection) {
      this.connection = connection;
    }

    Connection connection() {
      return connection;
    }

    @Override
    public void close() {
      giveBack(connection);
    }
  }
}
