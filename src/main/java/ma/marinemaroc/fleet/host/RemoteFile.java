package ma.marinemaroc.fleet.host;

import com.pulumi.core.Output;

import java.util.regex.Pattern;

/**
 * One rendered file to install on the host. The content goes over SSH on stdin (never on a command line), is written
 * to a temporary file next to the target with the final owner and mode, and renamed into place, so a reader never
 * sees a half-written file. A secret content stays secret (stdin of the step, encrypted in state, not logged).
 */
public final class RemoteFile {
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._/@-]+");
    private static final Pattern OWNER = Pattern.compile("[a-z0-9_-]+(:[a-z0-9_-]+)?");

    /**
     * What to install.
     *
     * @param path    absolute path
     * @param content the text; a secret Output for secret files
     * @param mode    octal, e.g. 0644
     * @param owner   user[:group] or uid:gid
     */
    public record Spec(String path, Output<String> content, String mode, String owner) {
        public Spec {
            if (!PATH.matcher(path).matches() || path.contains("..")) throw new IllegalArgumentException("bad path " + path);
            if (!mode.matches("0[0-7]{3}")) throw new IllegalArgumentException(path + ": bad mode " + mode);
            if (!OWNER.matcher(owner).matches()) throw new IllegalArgumentException(path + ": bad owner " + owner);
        }

        public static Spec of(String path, String content, String mode) {
            return new Spec(path, Output.of(content), mode, "root:root");
        }

        public static Spec secret(String path, Output<String> content, String mode, String owner) {
            return new Spec(path, content.asSecret(), mode, owner);
        }

        /** The file's folder. */
        public String dir() {
            return path.substring(0, path.lastIndexOf('/'));
        }

        /** Whether this file is {@code hostPath} or lies under the folder {@code hostPath}. */
        public boolean under(String hostPath) {
            return path.equals(hostPath) || path.startsWith(hostPath + "/");
        }
    }

    private RemoteFile() {
    }

    /** The shell step that installs {@code spec} from stdin (its text is fixed, the content never part of it). */
    public static String installScript(Spec spec) {
        String dir = spec.dir();
        return "set -eu; "
                // An existing directory keeps its owner and mode (e.g. ~deploy/.ssh).
                + "sudo test -d '" + dir + "' || sudo install -d -m 0755 -o root -g root '" + dir + "'; "
                + "tmp=$(sudo mktemp '" + spec.path() + ".XXXXXX'); "
                + "trap 'sudo rm -f \"$tmp\"' EXIT; "
                + "sudo tee \"$tmp\" >/dev/null; "
                + "sudo chown '" + spec.owner() + "' \"$tmp\"; "
                + "sudo chmod " + spec.mode() + " \"$tmp\"; "
                + "sudo mv -f \"$tmp\" '" + spec.path() + "'; trap - EXIT";
    }
}
