package vn.cchc.workbook.ui.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.cchc.workbook.files.SafeFileWriter;

/**
 * One running copy per data folder. The first copy holds an exclusive lock on {@code instance.lock} in the data folder
 * for its whole life and listens on a loopback port (127.0.0.1 only, never the network) written with a random token
 * to {@code instance.properties}. A second launch (a double-click on a .cchc, "Open with") finds the lock taken, sends
 * the token and the file to that port and exits at once; the first copy brings its window to the front and opens the
 * file (asking first about unsaved changes). A copy that was killed leaves its lock released by the system and a
 * stale port file, which the next start simply replaces.
 *
 * <p>Pure Java: it runs in {@code main} before JavaFX starts, so the second process exits without opening a window.
 */
public final class SingleInstance implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SingleInstance.class.getName());
    static final String LOCK_FILE = "instance.lock";
    static final String PORT_FILE = "instance.properties";
    /** Longer than any path Windows or Linux accepts; a longer request line is not ours. */
    static final int MAX_LINE = 8192;
    private static final int TIMEOUT_MILLIS = 3000;
    private static final String OPEN = "OPEN";
    private static final String SHOW = "SHOW";
    private static final String OK = "OK";

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ServerSocket server;
    private final String token;
    private final List<Optional<Path>> waiting = new ArrayList<>();
    private Consumer<Optional<Path>> handler;

    private SingleInstance(Path folder, FileChannel lockChannel, FileLock lock, ServerSocket server, String token) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.server = server;
        this.token = token;
    }

    /** What a launch should do: carry on as the running copy, or hand its file over and stop. */
    public sealed interface Claim permits Primary, Handed, Alone {
    }

    /** This process is the running copy. */
    public record Primary(SingleInstance instance) implements Claim {
    }

    /** Another copy runs and took the file (or the request to come to the front): exit now. */
    public record Handed() implements Claim {
    }

    /** No lock could be taken and no running copy answered (a read-only folder, a hung copy): start anyway. */
    public record Alone(String reason) implements Claim {
    }

    /**
     * Becomes the running copy for {@code folder}, or hands {@code file} (empty: "come to the front") to the copy that
     * already runs.
     */
    public static Claim claim(Path folder, Optional<Path> file) {
        try {
            Files.createDirectories(folder);
            FileChannel channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return handOver(folder, file) ? new Handed() : new Alone("the running copy did not answer");
            }
            ServerSocket server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
            String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
            Properties port = new Properties();
            port.setProperty("port", Integer.toString(server.getLocalPort()));
            port.setProperty("token", token);
            SafeFileWriter.write(folder.resolve(PORT_FILE), out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                port.store(writer, "CCHC Workbook: the running copy (loopback only)");
                writer.flush();
            });
            SingleInstance instance = new SingleInstance(folder, channel, lock, server, token);
            instance.listen();
            return new Primary(instance);
        } catch (IOException | RuntimeException failed) {
            LOG.log(Level.WARNING, "Single-instance check skipped", failed);
            return new Alone(String.valueOf(failed.getMessage()));
        }
    }

    /** Sends {@code file} to the running copy; true when it answered that it took it. */
    static boolean handOver(Path folder, Optional<Path> file) {
        Properties port = new Properties();
        try (var reader = Files.newBufferedReader(folder.resolve(PORT_FILE), StandardCharsets.UTF_8)) {
            port.load(reader);
            int number = Integer.parseInt(port.getProperty("port", ""));
            String token = port.getProperty("token", "");
            if (number <= 0 || number > 65535 || token.isBlank()) {
                return false;
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), number), TIMEOUT_MILLIS);
                socket.setSoTimeout(TIMEOUT_MILLIS);
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                out.write(token + "\n");
                out.write(file.map(f -> OPEN + "\t" + f.toAbsolutePath().normalize()).orElse(SHOW) + "\n");
                out.flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8));
                return OK.equals(in.readLine());
            }
        } catch (IOException | RuntimeException failed) {
            LOG.log(Level.INFO, "No running copy answered", failed);
            return false;
        }
    }

    /**
     * Where requests from later launches go (on the listening thread: the handler moves to the JavaFX thread itself).
     * Requests that came before a handler was set are handed over now.
     */
    public synchronized void onRequest(Consumer<Optional<Path>> handler) {
        this.handler = handler;
        waiting.forEach(handler);
        waiting.clear();
    }

    private synchronized void deliver(Optional<Path> file) {
        if (handler == null) {
            waiting.add(file);
        } else {
            handler.accept(file);
        }
    }

    private void listen() {
        Thread thread = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    serve(socket);
                } catch (IOException closedOrBroken) {
                    if (!server.isClosed()) {
                        LOG.log(Level.INFO, "A launch request failed", closedOrBroken);
                    }
                }
            }
        }, "cchc-single-instance");
        thread.setDaemon(true);
        thread.start();
    }

    private void serve(Socket socket) throws IOException {
        socket.setSoTimeout(TIMEOUT_MILLIS);
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        try {
            String sentToken = readLine(in);
            String request = readLine(in);
            if (!token.equals(sentToken) || request == null) {
                return;
            }
            Optional<Path> file;
            if (request.equals(SHOW)) {
                file = Optional.empty();
            } else if (request.startsWith(OPEN + "\t")) {
                file = Optional.of(Path.of(request.substring(OPEN.length() + 1)));
            } else {
                return;
            }
            deliver(file);
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            out.write(OK + "\n");
            out.flush();
        } catch (SocketTimeoutException | InvalidPathException notOurs) {
            LOG.log(Level.INFO, "Ignored a launch request", notOurs);
        }
    }

    /** One line of at most {@link #MAX_LINE} characters, or null. */
    private static String readLine(BufferedReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (line.length() >= MAX_LINE) {
                return null;
            }
            line.append((char) c);
        }
        return c == -1 && line.isEmpty() ? null : line.toString();
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // Closing anyway.
        }
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException ignored) {
            // The system releases the lock when the process ends.
        }
    }
}
