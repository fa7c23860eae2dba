package ma.marinemaroc.fleet.plan;

import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.internal.MockMonitor;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Pulumi's mock monitor, recording every registration request as the engine would receive it. */
public class RecordingMonitor extends MockMonitor {
    private final List<RecordedResource> recorded = new CopyOnWriteArrayList<>();

    public RecordingMonitor(Mocks mocks, com.pulumi.Log log) {
        super(mocks, log);
    }

    @Override
    public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource, RegisterResourceRequest r) {
        return super.registerResourceAsync(resource, r).thenApply(resp -> {
            recorded.add(new RecordedResource(resp.getUrn(), r.getType(), r.getName(), r.getParent(), r.getCustom(),
                    StructCodec.decode(r.getObject()), r.getProvider(), r.getVersion(),
                    List.copyOf(r.getAdditionalSecretOutputsList()), List.copyOf(r.getIgnoreChangesList()),
                    r.getDeleteBeforeReplace(), List.copyOf(r.getDependenciesList()), r.getProtect()));
            return resp;
        });
    }

    public List<RecordedResource> recorded() {
        return List.copyOf(recorded);
    }
}
