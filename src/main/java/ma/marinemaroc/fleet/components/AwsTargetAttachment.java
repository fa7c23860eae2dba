package ma.marinemaroc.fleet.components;

import com.pulumi.aws.lb.TargetGroupAttachment;
import com.pulumi.aws.lb.TargetGroupAttachmentArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import java.util.Map;

/**
 * One app host behind the {@link AwsLoadBalancer}: the instance registered in the web group (port 80) and the
 * websocket group (port 38000), each on the group's own port. One per host (the DigitalOcean counterpart is just the
 * app tag on the droplet). The AWS provider comes through the component's options.
 */
public class AwsTargetAttachment extends ComponentResource {
    public static final String TYPE = Components.type(AwsTargetAttachment.class);

    /** The registered instance. */
    @Export(name = "instanceId", refs = {String.class}, tree = "[0]")
    private final Output<String> instanceId;

    public AwsTargetAttachment(String name, AwsTargetAttachmentArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        args.validate();
        var child = CustomResourceOptions.builder().parent(this).build();
        new TargetGroupAttachment(name + "-web", TargetGroupAttachmentArgs.builder()
                .targetGroupArn(args.webTargetGroupArn()).targetId(args.instanceId()).build(), child);
        new TargetGroupAttachment(name + "-ws", TargetGroupAttachmentArgs.builder()
                .targetGroupArn(args.socketTargetGroupArn()).targetId(args.instanceId()).build(), child);
        this.instanceId = args.instanceId();
        registerOutputs(Map.of("instanceId", instanceId));
    }

    public Output<String> instanceId() {
        return instanceId;
    }
}
