package tg.cnss.eservices.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * A second WildFly for the tests that must kill a server: the configured WildFly of the build
 * (same CLI scripts, same database settings from the environment) started from a server
 * directory of its own under {@code target/}, with its own broker journal and transaction log,
 * its ports shifted so that it runs beside the Arquillian server, and its own transaction node
 * name so that neither server's recovery touches the other's in-doubt transactions.
 */
public final class StandaloneServer {

    private static final String EAR_NAME = "cnss-eservices.ear";

    private final Path baseDir;
    private final int portOffset;
    private final String nodeName;
    private final Map<String, String> environment = new HashMap<>();
    private boolean demoMode = true;
    private Process shell;

    private StandaloneServer(Path baseDir, int portOffset, String nodeName) {
        this.baseDir = baseDir;
        this.portOffset = portOffset;
        this.nodeName = nodeName;
    }

    /** A fresh server directory {@code target/<name>} with the configuration of the build and this EAR deployed. */
    public static StandaloneServer prepare(String name, int portOffset, EnterpriseArchive ear) {
        Path baseDir = Path.of("target", name).toAbsolutePath();
        Path configuration = Path.of(jbossHome(), "standalone", "configuration");
        try {
            deleteTree(baseDir);
            Files.createDirectories(baseDir.resolve("deployments"));
            copyTree(configuration, baseDir.resolve("configuration"));
            forgetDeployments(baseDir.resolve("configuration").resolve("standalone-full.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ear.as(ZipExporter.class)
                .exportTo(baseDir.resolve("deployments").resolve(EAR_NAME).toFile(), true);
        return new StandaloneServer(baseDir, portOffset, name);
    }

    /** Started outside demo mode at its next start, with these environment variables (production settings). */
    public StandaloneServer inProductionMode(Map<String, String> variables) {
        demoMode = false;
        environment.clear();
        environment.putAll(variables);
        return this;
    }

    /** Starts the server and waits until {@code readyPath} answers 200, which means the EAR is deployed. */
    public void start(String readyPath, Duration timeout) {
        launch();
        Instant deadline = Instant.now().plus(timeout);
        while (status(readyPath) != 200) {
            if (!shell.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        "le serveur " + nodeName + " n'a pas démarré ; voir " + baseDir.resolve("console.log"));
            }
            sleep(Duration.ofSeconds(1));
        }
    }

    /** Starts the server without waiting for it. */
    public void launch() {
        List<String> command = new ArrayList<>(List.of(
                "bash",
                Path.of(jbossHome(), "bin", "standalone.sh").toString(),
                "-c",
                "standalone-full.xml",
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Djboss.tx.node.id=" + nodeName,
                "-Dcnss.jms.redelivery-delay=300"));
        if (demoMode) {
            command.add("-Dcnss.demo=true");
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        baseDir.resolve("console.log").toFile()));
        // The test JVM's own settings must not leak into a production-mode server.
        builder.environment().keySet().removeIf(name -> name.startsWith("CNSS_"));
        builder.environment().putAll(environment);
        try {
            shell = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the server's log holds {@code text}; false if the timeout passed first. */
    public boolean awaitLog(String text, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                if (Files.exists(log())
                        && Files.readString(log(), StandardCharsets.UTF_8).contains(text)) {
                    return true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!Instant.now().isBefore(deadline)) {
                return false;
            }
            sleep(Duration.ofSeconds(1));
        }
    }

    /** {@code kill -9} of the server's JVM: no shutdown hook, no flush, as in a power cut. */
    public void kill() {
        List<ProcessHandle> jvms = shell.toHandle()
                .descendants()
                .filter(process -> process.info().command().orElse("").endsWith("java"))
                .toList();
        if (jvms.isEmpty()) {
            throw new IllegalStateException("pas de JVM sous le script de démarrage");
        }
        jvms.forEach(ProcessHandle::destroyForcibly);
        jvms.forEach(jvm -> jvm.onExit().join());
        awaitShellExit();
    }

    /** A normal stop (SIGTERM, the server's own shutdown); a server still there after a minute is killed. */
    public void stop() {
        if (shell == null || !shell.isAlive()) {
            return;
        }
        List<ProcessHandle> processes = shell.toHandle().descendants().toList();
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(60, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        shell.destroy();
        awaitShellExit();
    }

    /**
     * An HTTP/1.1 client: concurrent requests then open connections of their own, instead of the
     * JDK's client sharing one HTTP/2 connection, which the server may close under load.
     */
    public static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + (8080 + portOffset) + path);
    }

    public Path log() {
        return baseDir.resolve("console.log");
    }

    private int status(String path) {
        try {
            return http().send(
                            HttpRequest.newBuilder(url(path))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitShellExit() {
        try {
            if (!shell.waitFor(60, TimeUnit.SECONDS)) {
                shell.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String jbossHome() {
        String home = System.getProperty("jboss.home");
        if (home == null) {
            throw new IllegalStateException("jboss.home n'est pas défini (le plugin failsafe le donne)");
        }
        return home;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.toString().contains("standalone_xml_history")) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * The configuration is copied while the Arquillian server may have a test deployment in it,
     * whose content lives in that server's own data directory: this server deploys only its EAR.
     */
    private static void forgetDeployments(Path standaloneXml) throws IOException {
        String xml = Files.readString(standaloneXml);
        Files.writeString(standaloneXml, xml.replaceAll("(?s)<deployments>.*?</deployments>", ""));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
