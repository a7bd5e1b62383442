package vn.cchc.workbook.store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.h2.Driver;

/**
 * Every H2 connection of the program. The data folder never goes into the JDBC URL: H2 ends the database name at
 * the first {@code ;} of a URL and reads what follows as settings, so a folder such as {@code D:\CCHC;2025} would
 * open another database, or one with settings taken from the folder's name. The URL names the database relative
 * ({@code ./workbook}), and the folder is passed as H2's base directory, which H2 joins as a plain file path.
 *
 * <p>H2 reads its base directory from the system property {@value #BASE_DIR} when a connection is made, so the
 * property is set and cleared under one lock around each connection; the store is the only user of H2 in the
 * program, and it connects only through this class.
 *
 * <p>{@code FILE_LOCK=NO}: H2's lock file is not used; {@link StoreLock} keeps every other copy of the program out
 * before any file of the store is touched. H2 still holds its operating-system lock on the open database file.
 *
 * <p>{@code DB_CLOSE_ON_EXIT=FALSE}: the store closes itself when the program is ended from outside
 * ({@code H2WorkbookStore}'s shutdown hook), after the write in progress and never to be reopened; H2's own hook
 * closed the database under that write.
 */
final class H2Connections {

    static final String USER = "cchc";
    static final String PASSWORD = "";
    static final String BASE_DIR = "h2.baseDir";

    private static final Object BASE_DIR_LOCK = new Object();
    private static final Driver DRIVER = new Driver();

    /** How a database is opened. */
    enum Mode {
        /** Creates the database when missing: only for a new store being built under its temporary name. */
        CREATE("FILE_LOCK=NO;DB_CLOSE_ON_EXIT=FALSE"),
        /** Opens an existing database for reading and writing; never creates an empty one in its place. */
        WRITE("FILE_LOCK=NO;DB_CLOSE_ON_EXIT=FALSE;IFEXISTS=TRUE"),
        /** Opens an existing database without writing a byte to it. */
        READ("FILE_LOCK=NO;DB_CLOSE_ON_EXIT=FALSE;IFEXISTS=TRUE;ACCESS_MODE_DATA=r");

        private final String settings;

        Mode(String settings) {
            this.settings = settings;
        }
    }

    private H2Connections() {
    }

    /** A connection to the database {@code name} ({@code name.mv.db}) in {@code folder}. */
    static Connection open(Path folder, String name, Mode mode) throws SQLException {
        String url = url(name, mode);
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        synchronized (BASE_DIR_LOCK) {
            String before = System.getProperty(BASE_DIR);
            System.setProperty(BASE_DIR, folder.toAbsolutePath().normalize().toString());
            try {
                Connection connection = DRIVER.connect(url, properties);
                if (connection == null) {
                    throw new SQLException("H2 refused the URL " + url);
                }
                return connection;
            } finally {
                if (before == null) {
                    System.clearProperty(BASE_DIR);
                } else {
                    System.setProperty(BASE_DIR, before);
                }
            }
        }
    }

    /** The URL: a relative name and fixed settings, nothing taken from the folder's path. */
    static String url(String name, Mode mode) {
        if (!name.matches("[a-z-]+")) {
            throw new IllegalArgumentException("Not a store database name: " + name);
        }
        return "jdbc:h2:./" + name + ";" + mode.settings;
    }

    /** The same connections as a data source, for Flyway. */
    static DataSource dataSource(Path folder, String name, Mode mode) {
        return new FolderDataSource(folder, name, mode);
    }

    private record FolderDataSource(Path folder, String name, Mode mode) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return open(folder, name, mode);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // Flyway logs through its own logger.
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // An embedded database does not wait for a login.
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("Not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
