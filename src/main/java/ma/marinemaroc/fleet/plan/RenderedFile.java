package ma.marinemaroc.fleet.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** An on-host file the program renders, as found in the recorded plan (user-data and files copied to the host). */
public record RenderedFile(String path, String content, boolean secret) {

    public static List<RenderedFile> collect(PlanRun.Result result) {
        List<RenderedFile> files = new ArrayList<>();
        for (RecordedResource r : result.resources()) {
            Object userData = r.input("userData");
            if (userData != null && (r.type().equals("digitalocean:index/droplet:Droplet")
                    || r.type().equals("aws:ec2/instance:Instance"))) {
                files.add(new RenderedFile("/var/lib/cloud/instance/user-data.txt",
                        String.valueOf(RecordedResource.unwrap(userData)), userData instanceof RecordedResource.Secret));
            }
            if (r.type().equals("command:remote:Command") && RecordedResource.unwrap(r.input("triggers")) instanceof List<?> t
                    && t.size() >= 2 && "file".equals(t.get(0)) && r.input("stdin") != null) {
                // Files installed by RemoteFile: path in the triggers, content on stdin.
                files.add(new RenderedFile(String.valueOf(t.get(1)), String.valueOf(RecordedResource.unwrap(r.input("stdin"))),
                        containsSecret(r.input("stdin"))));
            }
            if (r.type().equals("command:remote:CopyToRemote")) {
                Object source = r.input("source");
                Object path = RecordedResource.unwrap(r.input("remotePath"));
                Object plain = RecordedResource.unwrap(source);
                if (plain instanceof Map<?, ?> m && m.get("text") instanceof String text && path != null) {
                    files.add(new RenderedFile(String.valueOf(path), text, containsSecret(source)));
                }
            }
        }
        files.sort(Comparator.comparing(RenderedFile::path));
        return files;
    }

    private static boolean containsSecret(Object v) {
        if (v instanceof RecordedResource.Secret) return true;
        if (v instanceof Map<?, ?> m) return m.values().stream().anyMatch(RenderedFile::containsSecret);
        if (v instanceof List<?> l) return l.stream().anyMatch(RenderedFile::containsSecret);
        return false;
    }
}
