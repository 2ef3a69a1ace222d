package dev.statuskit.realservers;

import java.net.URI;
import java.nio.file.Path;

/**
 * A Jakarta EE server started as a child process on 127.0.0.1 with one WAR deployed under
 * {@link #CONTEXT_ROOT}. Implementations pick free ports themselves, bind every listener they open
 * to 127.0.0.1 (or disable it), capture the server's output in a log file under {@code target}, and
 * are stopped by {@link #close()}, by {@link RealServerExtension} and, as a last resort, by a JVM
 * shutdown hook.
 */
interface RealServer extends AutoCloseable {

    /** Context root of the deployed WAR on every server; the WAR is copied as {@code statuskit-it.war}. */
    String CONTEXT_ROOT = "statuskit-it";

    /** Short name used for logs and work directories, such as {@code wildfly}. */
    String name();

    /** Product and version, for reports. */
    String description();

    /**
     * Whether the server's MicroProfile OpenAPI runs the WAR's {@code ProblemOasFilter}, which needs
     * MicroProfile OpenAPI 4 (on older versions the filter leaves the document alone).
     */
    default boolean describesProblemsInOpenApi() {
        return true;
    }

    /**
     * Starts the server with {@code war} deployed and returns once the deployment is live, or throws
     * (after stopping what it started) when it fails or {@link ServerProcess#startTimeout()} passes.
     */
    void start(Path war) throws Exception;

    /** {@code http://127.0.0.1:<port>/statuskit-it}; only valid after {@link #start(Path)}. */
    URI baseUri();

    /** The file that holds the server's console output. */
    Path log();

    /** The running server's processes: the launched one and its descendants. */
    java.util.List<ProcessHandle> processTree();

    /** Stops the server and waits for its processes to end; does nothing when it is not running. */
    @Override
    void close();
}
