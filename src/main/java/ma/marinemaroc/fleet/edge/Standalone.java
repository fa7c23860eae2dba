package ma.marinemaroc.fleet.edge;

/**
 * Extra settings for running the rendered config outside the httpd container (tests): a pid file and a directory
 * for NGINX's temporary files, instead of the image's compiled-in paths.
 *
 * @param pidFile absolute path of the pid file
 * @param tempDir absolute directory; client_body/proxy/fastcgi/uwsgi/scgi temp dirs go below it
 */
public record Standalone(String pidFile, String tempDir) {
    public Standalone {
        Checks.absolutePath("standalone.pidFile", pidFile);
        Checks.absolutePath("standalone.tempDir", tempDir);
    }
}
